import { Alert, Button, Progress, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Campaign, DashboardData } from '../../../../preload/contract/methods/campaigns';
import { callOrThrow } from '../../api/call-or-throw';
import { useApi } from '../../hooks/use-api';
import { base64ToBytes, download } from '../standards/file-transfer';
import { useAction } from './use-action';

type ReviewerRow = DashboardData['byReviewer'][number];
type AgencyRow = DashboardData['byAgency'][number];

/** Progress (status only, never scores before submission) and results by agency from locked results. */
export function DashboardTab({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const d = useApi('campaigns.dashboard', { campaignId: campaign.id });
  const run = useAction();
  /** The reports feature's 汇总表 of the locked dossiers (each prints its consolidated review). */
  const exportSummary = (format: 'pdf' | 'xlsx') =>
    run(async () => {
      const locked = (d.data?.byCase ?? []).filter((c) => c.result === 'locked').map((c) => c.caseId);
      if (locked.length === 0) throw new Error(t('campaigns.dashboard.noneLocked'));
      const file = await callOrThrow('reports.summary', {
        scope: { caseIds: locked },
        format,
        text: { campaign: `${campaign.name}${campaign.batch ? ` ${campaign.batch}` : ''}` },
      });
      download(file.fileName, base64ToBytes(file.base64), file.mimeType);
    });
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
      <Space style={{ margin: '8px 0' }}>
        <Button disabled={x.locked === 0} onClick={() => void exportSummary('pdf')}>
          {t('campaigns.dashboard.exportPdf')}
        </Button>
        <Button disabled={x.locked === 0} onClick={() => void exportSummary('xlsx')}>
          {t('campaigns.dashboard.exportXlsx')}
        </Button>
      </Space>
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
