import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckFinding } from '../../../../preload/contract/methods/checks';
import { useOpenEvidence } from './use-open-evidence';

/** Links to the pages a finding rests on. */
export function EvidenceLinks({
  evidence,
  fileNames,
}: {
  evidence: CheckFinding['evidence'];
  fileNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  const open = useOpenEvidence();
  if (!evidence || evidence.length === 0) return null;
  return (
    <Space wrap size={4}>
      <Typography.Text type="secondary">{t('checks.evidence')}：</Typography.Text>
      {evidence.map((e, i) => (
        <Button
          key={i}
          size="small"
          type="link"
          style={{ padding: 0 }}
          onClick={() => open(e.documentId, e.page, e.quote)}
        >
          {t('facts.openPage', { file: fileNames.get(e.documentId) ?? e.documentId, page: e.page ?? 1 })}
          {e.quote ? `「${e.quote}」` : ''}
        </Button>
      ))}
    </Space>
  );
}
