import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckFinding } from '../../../../preload/contract/methods/checks';
import { EvidenceLinks } from './evidence-links';
import { ResultTag } from './result-tag';

/** One rule's result: verdict, the computation, legal basis, what is missing, evidence. */
export function FindingItem({
  finding,
  fileNames,
}: {
  finding: CheckFinding;
  fileNames: Map<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <div
      data-testid={`finding-${finding.ruleId}`}
      style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <Space size={6} wrap>
        <ResultTag result={finding.result} />
        <Typography.Text strong>{finding.title}</Typography.Text>
        <Typography.Text type="secondary">{finding.ruleId}</Typography.Text>
      </Space>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>
        {finding.explanation}
      </Typography.Paragraph>
      {finding.missingFacts?.length ? (
        <Typography.Paragraph type="warning" style={{ margin: '2px 0' }}>
          {t('checks.missing')}：{finding.missingFacts.join('、')}
        </Typography.Paragraph>
      ) : null}
      {finding.warnings?.map((w, i) => (
        <Typography.Paragraph key={i} type="warning" style={{ margin: '2px 0' }}>
          {t('checks.warnings')}：{w}
        </Typography.Paragraph>
      ))}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0' }}>
        {t('checks.legalBasis')}：{finding.legalBasis}
      </Typography.Paragraph>
      <EvidenceLinks evidence={finding.evidence} fileNames={fileNames} />
    </div>
  );
}
