import { Alert, Button, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, ComparisonItem } from '../../../../preload/contract/methods/campaigns';
import { callOrThrow } from '../../api/call-or-throw';
import { useApi } from '../../hooks/use-api';
import { ConsensusModal } from './consensus-modal';
import { ReasonModal } from './reason-modal';
import { StatusTag } from './status-tag';
import { useAction } from './use-action';

const DIFF_BACKGROUND = '#fff7e6';

/** Side by side, item by item: divergences highlighted, 复核 flags, per-item adopt/consensus, lock and reopen. */
export function ComparisonView({
  campaignId,
  caseId,
  onChanged,
}: {
  campaignId: string;
  caseId: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const run = useAction();
  const state = useApi('campaigns.comparison', { campaignId, caseId });
  const [consensusFor, setConsensusFor] = useState<ComparisonItem>();
  const [reopening, setReopening] = useState(false);
  const apply = async (action: () => Promise<Comparison>) => {
    if (await run(action)) {
      state.reload();
      onChanged();
    }
  };
  if (state.error) return <Alert type="error" showIcon message={state.error.message} />;
  const c = state.data;
  if (!c) return null;
  const statusLabel = (s: string) =>
    ({
      ok: t('campaigns.findingStatus.ok'),
      deduct: t('campaigns.findingStatus.deduct'),
      na: t('campaigns.findingStatus.na'),
      veto: t('campaigns.findingStatus.veto'),
    })[s] ?? s;
  if (!c.ready)
    return (
      <Alert
        type="info"
        showIcon
        message={t('campaigns.consolidation.notReady')}
        description={
          <Space wrap>
            {c.pending.map((p) => (
              <StatusTag key={p.memberName} status={p.status} prefix={p.memberName} />
            ))}
          </Space>
        }
      />
    );
  const locked = c.result.locked;
  const nameOf = (memberId: string) => c.reviewers.find((r) => r.memberId === memberId)?.name ?? memberId;
  return (
    <div data-testid="comparison">
      <Alert
        style={{ marginBottom: 8 }}
        type={c.flags.needsReview ? 'warning' : 'success'}
        showIcon
        message={
          c.flags.needsReview
            ? `${t('campaigns.consolidation.needsReview')}：${c.flags.reasons.join('；')}`
            : t('campaigns.consolidation.noReviewNeeded')
        }
      />
      <Descriptions size="small" column={c.reviewers.length + 1} bordered style={{ marginBottom: 8 }}>
        {c.reviewers.map((r) => (
          <Descriptions.Item key={r.memberId} label={`${r.name}（${r.unit}）`}>
            {r.total} · {r.grade}
            {r.vetoes.length > 0 ? ` · ${r.vetoes.join('、')}` : ''}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Space wrap style={{ marginBottom: 8 }}>
        <Button
          disabled={locked}
          onClick={() => void apply(() => callOrThrow('campaigns.adoptAgreed', { campaignId, caseId }))}
        >
          {t('campaigns.consolidation.adoptAgreed')}
        </Button>
        <Button
          type="primary"
          disabled={locked}
          onClick={() => void apply(() => callOrThrow('campaigns.lock', { campaignId, caseId }))}
        >
          {t('campaigns.consolidation.lock')}
        </Button>
        <Button disabled={!locked} onClick={() => setReopening(true)}>
          {t('campaigns.consolidation.reopen')}
        </Button>
        {locked && (
          <Tag color={c.result.hashValid ? 'green' : 'red'} data-testid="locked-result">
            {t('campaigns.consolidation.locked', { total: c.result.total, grade: c.result.grade })}
          </Tag>
        )}
      </Space>
      {locked && (
        <Typography.Paragraph
          type={c.result.hashValid ? 'secondary' : 'danger'}
          copyable={{ text: c.result.contentHash ?? '' }}
        >
          {c.result.hashValid
            ? `${t('campaigns.consolidation.hash')}：${c.result.contentHash}`
            : t('campaigns.consolidation.hashInvalid')}
        </Typography.Paragraph>
      )}
      {c.result.reopenHistory.length > 0 && (
        <Typography.Paragraph type="secondary">
          {t('campaigns.consolidation.reopenHistory')}：
          {c.result.reopenHistory.map((h) => `${h.at.slice(0, 16)} ${h.actor}：${h.reason}`).join('；')}
        </Typography.Paragraph>
      )}
      <Table<ComparisonItem>
        rowKey="itemCode"
        size="small"
        pagination={false}
        dataSource={c.items}
        onRow={(item) =>
          ({
            style: item.differs ? { background: DIFF_BACKGROUND } : {},
            'data-differs': item.differs ? 'true' : 'false',
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('campaigns.consolidation.item'),
            render: (_: unknown, i) => (
              <span>
                {i.itemCode} {i.title}（{i.max}）
              </span>
            ),
          },
          ...c.reviewers.map((r, index) => ({
            title: r.name,
            key: r.memberId,
            render: (_: unknown, i: ComparisonItem) => {
              const cell = i.cells[index]!;
              return (
                <span>
                  {cell.finding ? statusLabel(cell.finding.status) : '—'}{' '}
                  {cell.score ?? t('campaigns.consolidation.na')}
                  {cell.finding?.note ? (
                    <Typography.Text type="secondary"> {cell.finding.note}</Typography.Text>
                  ) : null}
                </span>
              );
            },
          })),
          {
            title: t('campaigns.consolidation.differs'),
            render: (_: unknown, i) =>
              i.differs ? (
                <Tag color="orange">{t('campaigns.consolidation.spread', { spread: i.spread })}</Tag>
              ) : null,
          },
          {
            title: t('campaigns.consolidation.decision'),
            render: (_: unknown, i) =>
              !i.decision
                ? null
                : i.decision.kind === 'adopt'
                  ? t('campaigns.consolidation.adopted', { name: nameOf(i.decision.memberId) })
                  : `${t('campaigns.consolidation.consensus')}：${statusLabel(i.decision.finding.status)}（${i.decision.reason}）`,
          },
          {
            title: t('campaigns.columns.actions'),
            render: (_: unknown, i) => (
              <Space size={4} wrap>
                {c.reviewers.map((r, index) =>
                  i.cells[index]?.finding ? (
                    <Button
                      key={r.memberId}
                      size="small"
                      disabled={locked}
                      onClick={() =>
                        void apply(() =>
                          callOrThrow('campaigns.decide', {
                            campaignId,
                            caseId,
                            itemCode: i.itemCode,
                            decision: { kind: 'adopt', memberId: r.memberId },
                          }),
                        )
                      }
                    >
                      {t('campaigns.consolidation.adopt')} {r.name}
                    </Button>
                  ) : null,
                )}
                <Button size="small" disabled={locked} onClick={() => setConsensusFor(i)}>
                  {t('campaigns.consolidation.consensus')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <ConsensusModal
        open={consensusFor !== undefined}
        itemTitle={consensusFor ? `${consensusFor.itemCode} ${consensusFor.title}` : ''}
        onCancel={() => setConsensusFor(undefined)}
        onOk={async (status, reason) => {
          if (!consensusFor) return;
          await apply(() =>
            callOrThrow('campaigns.decide', {
              campaignId,
              caseId,
              itemCode: consensusFor.itemCode,
              decision: { kind: 'consensus', finding: { status }, reason },
            }),
          );
          setConsensusFor(undefined);
        }}
      />
      <ReasonModal
        open={reopening}
        title={t('campaigns.consolidation.reopenReason')}
        onCancel={() => setReopening(false)}
        onOk={async (reason) => {
          await apply(() => callOrThrow('campaigns.reopen', { campaignId, caseId, reason }));
          setReopening(false);
        }}
      />
    </div>
  );
}
