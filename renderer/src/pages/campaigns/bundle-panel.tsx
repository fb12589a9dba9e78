import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleExportOutcome } from '../../../../preload/contract/methods/bundles';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';
import { useApi } from '../../hooks/use-api';
import { BundleImport } from './bundle-import';
import { runTask } from './run-task';

type ExportState = { busy: boolean; outcome?: BundleExportOutcome; error?: string };

/**
 * The campaign's 交换 tab: the leader exports a bundle per member and imports
 * their results; a member exports their own results. Exported files are
 * offered as same-origin downloads (`/outbox/<name>`).
 */
export function CampaignBundlePanel({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const campaign = useApi('campaigns.get', { id: campaignId });
  const [memberId, setMemberId] = useState<string>();
  const [campaignExport, setCampaignExport] = useState<ExportState>({ busy: false });
  const [resultsExport, setResultsExport] = useState<ExportState>({ busy: false });

  const run = async (start: () => Promise<Parameters<typeof runTask>[0]>, set: (s: ExportState) => void) => {
    set({ busy: true });
    try {
      set({ busy: false, outcome: await runTask<BundleExportOutcome>(await start()) });
    } catch (error) {
      set({ busy: false, error: error instanceof ApiCallError ? error.message : String(error) });
    }
  };

  const result = (s: ExportState) => (
    <>
      {s.error && <Alert type="error" showIcon role="alert" message={s.error} />}
      {s.outcome && (
        <Space direction="vertical">
          <Typography.Text>
            {t('exchange.exported', {
              summary: s.outcome.summary,
              size: (s.outcome.bytes / 1024 / 1024).toFixed(1),
            })}
          </Typography.Text>
          <a href={s.outcome.downloadPath} download={s.outcome.fileName} data-testid="bundle-download">
            {t('exchange.download', { name: s.outcome.fileName })}
          </a>
        </Space>
      )}
    </>
  );

  const members = (campaign.data?.members ?? []).filter((m) => m.role === 'member');
  return (
    <Space
      direction="vertical"
      style={{ width: '100%', padding: 16 }}
      size="large"
      data-campaign-id={campaignId}
    >
      <Card title={t('exchange.exportTitle')} size="small">
        <Typography.Paragraph type="secondary">{t('exchange.exportHelp')}</Typography.Paragraph>
        <Space wrap>
          <Select
            style={{ minWidth: 240 }}
            aria-label={t('exchange.member')}
            placeholder={t('exchange.memberPlaceholder')}
            value={memberId}
            onChange={setMemberId}
            options={members.map((m) => ({ value: m.id, label: `${m.name}（${m.unit}）` }))}
          />
          <Button
            type="primary"
            disabled={!memberId}
            loading={campaignExport.busy}
            onClick={() =>
              void run(
                () => callOrThrow('bundles.exportCampaign', { campaignId, memberId: memberId! }),
                setCampaignExport,
              )
            }
          >
            {t('exchange.exportCampaign')}
          </Button>
        </Space>
        {result(campaignExport)}
      </Card>
      <Card title={t('exchange.importResultsTitle')} size="small">
        <BundleImport expectKind="results" campaignId={campaignId} />
      </Card>
      <Card title={t('exchange.resultsTitle')} size="small">
        <Typography.Paragraph type="secondary">{t('exchange.resultsHelp')}</Typography.Paragraph>
        <Button
          loading={resultsExport.busy}
          onClick={() =>
            void run(() => callOrThrow('bundles.exportResults', { campaignId }), setResultsExport)
          }
        >
          {t('exchange.exportResults')}
        </Button>
        {result(resultsExport)}
      </Card>
    </Space>
  );
}
