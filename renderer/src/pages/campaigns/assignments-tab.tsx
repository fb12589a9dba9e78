import { Alert, Button, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AutoAssignOutcome,
  Campaign,
  CampaignAssignment,
} from '../../../../preload/contract/methods/campaigns';
import { api } from '../../api/api-client';
import { callOrThrow } from '../../api/call-or-throw';
import { useApi } from '../../hooks/use-api';
import { ReasonModal } from './reason-modal';
import { StatusTag } from './status-tag';
import { useAction } from './use-action';

/** Assignments with 回避 warnings: automatic (balanced), by hand (override needs a logged reason), unassign. */
export function AssignmentsTab({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const run = useAction();
  const list = useApi('campaigns.assignments', { campaignId: campaign.id });
  const cases = useApi('campaigns.cases', { campaignId: campaign.id });
  const [outcome, setOutcome] = useState<AutoAssignOutcome>();
  const [caseId, setCaseId] = useState<string>();
  const [memberId, setMemberId] = useState<string>();
  const [conflict, setConflict] = useState<string>();
  const [unassigning, setUnassigning] = useState<CampaignAssignment>();

  const auto = () =>
    run(async () => {
      const o = await callOrThrow('campaigns.autoAssign', { campaignId: campaign.id });
      setOutcome(o);
      list.reload();
    });

  const assign = async (overrideReason?: string) => {
    if (!caseId || !memberId) return;
    const result = await api.call('campaigns.assign', {
      campaignId: campaign.id,
      caseId,
      memberId,
      ...(overrideReason ? { overrideReason } : {}),
    });
    if (!result.ok && (result.error.details as { conflict?: boolean } | undefined)?.conflict) {
      setConflict(result.error.message);
      return;
    }
    await run(async () => {
      if (!result.ok) throw new Error(result.error.message);
    });
    setConflict(undefined);
    list.reload();
  };

  return (
    <div>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => void auto()}>
          {t('campaigns.assign.auto')}
        </Button>
        <Typography.Text strong>{t('campaigns.assign.manual')}</Typography.Text>
        <Select
          aria-label={t('campaigns.assign.case')}
          placeholder={t('campaigns.assign.case')}
          style={{ width: 280 }}
          showSearch
          optionFilterProp="label"
          value={caseId}
          onChange={setCaseId}
          options={(cases.data ?? [])
            .filter((c) => !c.removedAt)
            .map((c) => ({ value: c.caseId, label: `${c.caseNumber} ${c.name}（${c.agency}）` }))}
        />
        <Select
          aria-label={t('campaigns.assign.member')}
          placeholder={t('campaigns.assign.member')}
          style={{ width: 200 }}
          value={memberId}
          onChange={setMemberId}
          options={campaign.members.map((m) => ({ value: m.id, label: `${m.name}（${m.unit}）` }))}
        />
        <Button disabled={!caseId || !memberId} onClick={() => void assign()}>
          {t('campaigns.assign.assign')}
        </Button>
      </Space>
      {outcome && (
        <Alert
          style={{ marginBottom: 16 }}
          type={outcome.shortfalls.length > 0 ? 'warning' : 'success'}
          showIcon
          message={t('campaigns.assign.created', { count: outcome.created })}
          description={[
            ...outcome.loads.map((l) => t('campaigns.assign.load', { name: l.name, count: l.count })),
            ...outcome.shortfalls.map((s) =>
              t('campaigns.assign.shortfall', { name: s.caseName, missing: s.missing }),
            ),
          ].join('；')}
        />
      )}
      <Table<CampaignAssignment>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 100, hideOnSinglePage: true }}
        columns={[
          { title: t('campaigns.columns.caseNumber'), dataIndex: 'caseNumber' },
          { title: t('campaigns.columns.caseName'), dataIndex: 'caseName' },
          { title: t('campaigns.columns.agency'), dataIndex: 'agency' },
          {
            title: t('campaigns.columns.reviewer'),
            render: (_: unknown, a) => (
              <Space>
                {a.memberName}（{a.memberUnit}）
                {a.conflict && (
                  <Tooltip title={a.overrideReason}>
                    <Tag color="red">{t('campaigns.assign.conflict')}</Tag>
                  </Tooltip>
                )}
              </Space>
            ),
          },
          {
            title: t('campaigns.columns.status'),
            render: (_: unknown, a) => <StatusTag status={a.reviewStatus} />,
          },
          {
            title: t('campaigns.columns.actions'),
            render: (_: unknown, a) =>
              a.reviewId ? null : (
                <Button size="small" onClick={() => setUnassigning(a)}>
                  {t('campaigns.assign.unassign')}
                </Button>
              ),
          },
        ]}
      />
      <ReasonModal
        open={conflict !== undefined}
        title={conflict ?? ''}
        onCancel={() => setConflict(undefined)}
        onOk={(reason) => assign(reason)}
      />
      <ReasonModal
        open={unassigning !== undefined}
        title={t('campaigns.assign.unassignReason')}
        onCancel={() => setUnassigning(undefined)}
        onOk={async (reason) => {
          if (
            unassigning &&
            (await run(() =>
              callOrThrow('campaigns.unassign', {
                campaignId: campaign.id,
                assignmentId: unassigning.id,
                reason,
              }),
            ))
          ) {
            setUnassigning(undefined);
            list.reload();
          }
        }}
      />
    </div>
  );
}
