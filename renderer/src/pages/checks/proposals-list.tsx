import { Alert, App, Button, Card, Checkbox, Empty, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactProposal, FactValue } from '../../../../preload/contract/methods/facts';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';
import { ProposalRow } from './proposal-row';

interface Props {
  caseId: string;
  proposals: FactProposal[];
  /** Called after anything changed (proposals or facts). */
  onChanged: () => void;
}

/** Extraction button and the proposals waiting for the reviewer. */
export function ProposalsList({ caseId, proposals, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const extract = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const r = await callOrThrow('facts.extract', { caseId });
      message.success(t('facts.extracted', { count: r.added }));
      if (r.noText.length > 0) setProblem(t('facts.noText', { files: r.noText.join('、') }));
      onChanged();
    } catch (error) {
      message.error(error instanceof ApiCallError ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const decide = async (
    p: FactProposal,
    decision: 'accept' | 'reject',
    corrected?: Record<string, FactValue>,
  ) => {
    setProblem(null);
    try {
      await callOrThrow('facts.decideProposal', {
        id: p.id,
        decision,
        ...(corrected ? { correctedValue: corrected } : {}),
      });
      onChanged();
    } catch (error) {
      setProblem(error instanceof ApiCallError ? error.message : String(error));
    }
  };

  const shown = showAll ? proposals : proposals.filter((p) => p.status === 'proposed');
  return (
    <Card
      size="small"
      title={t('facts.proposals')}
      data-testid="proposals"
      extra={
        <Space>
          <Checkbox checked={showAll} onChange={(e) => setShowAll(e.target.checked)}>
            {t('facts.showAll')}
          </Checkbox>
          <Button type="primary" loading={busy} onClick={() => void extract()} data-testid="extract">
            {t('facts.extract')}
          </Button>
        </Space>
      }
    >
      {problem ? (
        <Alert
          type="error"
          showIcon
          closable
          style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}
          message={problem}
          data-testid="proposal-error"
        />
      ) : null}
      {shown.length === 0 ? (
        <Empty description={t('facts.noProposals')} />
      ) : (
        shown.map((p) => (
          <ProposalRow key={`${p.id}:${p.status}`} p={p} onDecide={(d, c) => decide(p, d, c)} />
        ))
      )}
    </Card>
  );
}
