import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The campaign's exchange slot (评查包 export/import between workstations).
 * The bundles capability replaces this file with its panel.
 */
export function CampaignBundlePanel({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  return (
    <div data-campaign-id={campaignId} style={{ padding: 16 }}>
      <Typography.Title level={5}>{t('campaigns.exchange.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('campaigns.exchange.body')}</Typography.Paragraph>
    </div>
  );
}
