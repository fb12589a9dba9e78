import { Alert, Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Campaign, DashboardData } from '../../../../preload/contract/methods/campaigns';
import { useApi } from '../../hooks/use-api';

type ReviewerRow = DashboardData['byReviewer'][number];
type AgencyRow = DashboardData['byAgency'][number];

/** Progress (status only, never scores before submission) and results by agency from locked results. */
export function DashboardTab({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const d = useApi('campaigns.dashboard', { campaignId: campaign.id });
  if (d.error) return <Alert type="error" showIcon message={d.error.message} />;
  const data = d.data;
  if (!data) return null;
  const x = data.totals;
  return (
    <div>
      <Typography.Paragraph data-testid="campaign-totals">
        {t('campaigns.dashboard.totals', { ...x, ready: x.readyToConsolidate })}
      </Typography.Paragraph>
      <Progress
        percent={x.cases === 0 ? 0 : Math.round((x.locked / x.cases) * 100)}
        style={{ maxWidth: 480 }}
      />
      <Typography.Title level={5}>{t('campaigns.dashboard.byReviewer')}</Typography.Title>
      <Table<ReviewerRow>
        rowKey="memberId"
        size="small"
        pagination={false}
        dataSource={data.byReviewer}
        columns={[
          { title: t('campaigns.columns.reviewer'), dataIndex: 'name' },
          { title: t('campaigns.columns.unit'), dataIndex: 'unit' },
          { title: t('campaigns.dashboard.assigned'), dataIndex: 'assigned', align: 'right' },
          { title: t('campaigns.status.not_started'), dataIndex: 'notStarted', align: 'right' },
          { title: t('campaigns.status.draft'), dataIndex: 'draft', align: 'right' },
          { title: t('campaigns.status.submitted'), dataIndex: 'submitted', align: 'right' },
        ]}
      />
      <Typography.Title level={5}>{t('campaigns.dashboard.byAgency')}</Typography.Title>
      <Table<AgencyRow>
        rowKey="agency"
        size="small"
        pagination={false}
        dataSource={data.byAgency}
        data-testid="results-by-agency"
        columns={[
          { title: t('campaigns.columns.agency'), dataIndex: 'agency' },
          { title: t('campaigns.columns.cases'), dataIndex: 'cases', align: 'right' },
          { title: t('campaigns.columns.locked'), dataIndex: 'locked', align: 'right' },
          {
            title: t('campaigns.dashboard.average'),
            dataIndex: 'averageScore',
            align: 'right',
            render: (v: number | null) => v ?? '—',
          },
          {
            title: t('campaigns.dashboard.passRate'),
            dataIndex: 'passRate',
            align: 'right',
            render: (v: number | null) => (v === null ? '—' : `${v}%`),
          },
          {
            title: t('campaigns.dashboard.grades'),
            dataIndex: 'grades',
            render: (g: Record<string, number>) =>
              Object.entries(g)
                .map(([k, n]) => `${k} ${n}`)
                .join('，'),
          },
        ]}
      />
    </div>
  );
}
