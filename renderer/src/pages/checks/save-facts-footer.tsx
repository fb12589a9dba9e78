import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../preload/contract';
import { IssuesAlert } from './issues-alert';

/** The save button of a facts editor and, after a refused save, its per-field problems. */
export function SaveFactsFooter({
  busy,
  error,
  onSave,
  testId,
}: {
  busy: boolean;
  error: ApiError | null;
  onSave(): void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Space style={{ marginTop: 8 }}>
        <Button type="primary" loading={busy} onClick={onSave} data-testid={testId}>
          {t('facts.save')}
        </Button>
      </Space>
      {error ? (
        <div style={{ marginTop: 8 }}>
          <IssuesAlert title={t('facts.invalid')} error={error} />
        </div>
      ) : null}
    </>
  );
}
