import { Alert, Button, Col, Row, Space, Spin, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../hooks/use-api';
import { CaseTimeline } from './case-timeline';
import { FactsEditor } from './facts-editor';
import { KeyFactsForm } from './key-facts-form';
import { ProposalsList } from './proposals-list';
import { ThreeSystemPanel } from './three-system-panel';

/** The 三项制度预检 tab of a case: panel, timeline, extracted proposals and the facts editor. */
export function FactsTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const run = useApi('checks.run', { caseId });
  const timeline = useApi('checks.timeline', { caseId });
  const facts = useApi('facts.get', { caseId });
  const proposals = useApi('facts.proposals', { caseId });
  const docs = useApi('documents.list', { caseId });
  const fileNames = useMemo(() => new Map((docs.data ?? []).map((d) => [d.id, d.fileName])), [docs.data]);
  const { reload: reloadRun } = run;
  const { reload: reloadTimeline } = timeline;
  const { reload: reloadFacts } = facts;
  const { reload: reloadProposals } = proposals;
  const reloadAll = useCallback(() => {
    reloadRun();
    reloadTimeline();
    reloadFacts();
    reloadProposals();
  }, [reloadRun, reloadTimeline, reloadFacts, reloadProposals]);

  const error = run.error ?? timeline.error ?? facts.error ?? proposals.error;
  if (error) return <Alert type="error" showIcon message={error.message} />;
  if (!run.data || !timeline.data || !facts.data || !proposals.data) return <Spin style={{ margin: 24 }} />;

  return (
    <div data-testid="facts-tab">
      <Space style={{ marginBottom: 8 }}>
        <Button onClick={reloadAll}>{t('facts.recompute')}</Button>
        <Typography.Text type="secondary">
          {t('facts.computedAt', { time: new Date(run.data.computedAt).toLocaleString() })} ·{' '}
          {t('facts.suggestionNote')}
        </Typography.Text>
      </Space>
      <ThreeSystemPanel findings={run.data.findings} fileNames={fileNames} />
      <Row gutter={12} style={{ marginTop: 12 }}>
        <Col xs={24} xl={12}>
          <Typography.Title level={5}>{t('timeline.title')}</Typography.Title>
          <CaseTimeline data={timeline.data} />
        </Col>
        <Col xs={24} xl={12}>
          <ProposalsList caseId={caseId} proposals={proposals.data} onChanged={reloadAll} />
          <div style={{ marginTop: 12 }}>
            <KeyFactsForm caseId={caseId} view={facts.data} onSaved={reloadAll} />
          </div>
          <div style={{ marginTop: 12 }}>
            <FactsEditor caseId={caseId} view={facts.data} onSaved={reloadAll} />
          </div>
        </Col>
      </Row>
    </div>
  );
}
