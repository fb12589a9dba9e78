import { App, Button, Input, Space, Typography } from 'antd';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../preload/contract';
import { ApiCallError } from '../../api/call-or-throw';
import { IssuesAlert } from './issues-alert';

interface Props {
  testId: string;
  hint: string;
  value: unknown;
  revision: number;
  /** Saves the parsed value; resolves to the new revision. */
  save: (value: unknown, revision: number) => Promise<number>;
  onSaved: () => void;
}

/** A versioned JSON setting edited as YAML; the server validates and lists problems per field. */
export function YamlSettingsEditor({ testId, hint, value, revision, save, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const initial = value === undefined || value === null ? '' : dump(value, { lineWidth: 120 });
  const [text, setText] = useState(initial);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setText(initial), [initial]);

  const submit = async () => {
    setError(null);
    let parsed: unknown;
    try {
      // CORE_SCHEMA keeps 2027-01-01 a string (YAML 1.1 would make it a host-time-zone Date).
      parsed = text.trim() === '' ? {} : load(text, { schema: CORE_SCHEMA });
    } catch (e) {
      setError({
        code: 'E_INVALID_ARGS',
        message: t('checkSettings.yamlError', { message: e instanceof Error ? e.message : String(e) }),
      });
      return;
    }
    setBusy(true);
    try {
      const next = await save(parsed ?? {}, revision);
      message.success(t('checkSettings.saved', { revision: next }));
      onSaved();
    } catch (e) {
      setError(e instanceof ApiCallError ? e.error : { code: 'E_INTERNAL', message: String(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid={testId}>
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Input.TextArea
        aria-label={hint}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 8, maxRows: 30 }}
        style={{ fontFamily: 'monospace' }}
      />
      <Space style={{ marginTop: 8 }}>
        <Button type="primary" loading={busy} onClick={() => void submit()}>
          {t('checkSettings.save')}
        </Button>
        <Typography.Text type="secondary">v{revision}</Typography.Text>
      </Space>
      {error ? (
        <div style={{ marginTop: 8 }}>
          <IssuesAlert title={t('checkSettings.invalid')} error={error} />
        </div>
      ) : null}
    </div>
  );
}
