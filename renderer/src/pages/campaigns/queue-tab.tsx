import { Alert, Button, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Campaign, QueueEntry } from '../../../../preload/contract/methods/campaigns';
import { callOrThrow } from '../../api/call-or-throw';
import { useApi } from '../../hooks/use-api';
import { StatusTag } from './status-tag';
import { useAction } from './use-action';

/** The current reviewer's own dossiers; "open" creates their own review and goes to the 评查打分 tab. */
export function QueueTab({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const run = useAction();
  const navigate = useNavigate();
  const reviewer = useApi('reviewer.get', {});
  const queue = useApi('campaigns.myQueue', { campaignId: campaign.id });
  const identity = reviewer.data?.identity;
  const open = (entry: QueueEntry) =>
    run(async () => {
      const opened = await callOrThrow('campaigns.openAssignment', { assignmentId: entry.assignmentId });
      navigate(`/cases/${opened.caseId}?tab=review`);
    });
  return (
    <div>
      {identity && (
        <Typography.Paragraph type="secondary">
          {t('campaigns.queue.identity', { name: identity.name, unit: identity.unit })}
        </Typography.Paragraph>
      )}
      {queue.error && <Alert type="error" showIcon message={queue.error.message} />}
      <Table<QueueEntry>
        rowKey="assignmentId"
        size="small"
        loading={queue.loading}
        dataSource={queue.data ?? []}
        locale={{ emptyText: t('campaigns.queue.empty') }}
        pagination={false}
        columns={[
          { title: t('campaigns.columns.caseNumber'), dataIndex: 'caseNumber' },
          { title: t('campaigns.columns.caseName'), dataIndex: 'caseName' },
          { title: t('campaigns.columns.agency'), dataIndex: 'agency' },
          { title: t('campaigns.columns.actType'), dataIndex: 'actType' },
          {
            title: t('campaigns.columns.status'),
            render: (_: unknown, q) => <StatusTag status={q.reviewStatus} />,
          },
          {
            title: t('campaigns.columns.actions'),
            render: (_: unknown, q) => (
              <Button size="small" type="primary" onClick={() => void open(q)}>
                {t('campaigns.queue.open')}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
