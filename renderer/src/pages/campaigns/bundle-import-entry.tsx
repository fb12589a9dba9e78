import { Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { BundleImport } from './bundle-import';

/**
 * "导入评查包" on a member's workstation: the campaign does not exist here yet,
 * so this lives on the campaign list; after the import it opens the campaign.
 */
export function BundleImportEntry({ onImported }: { onImported?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [campaignId, setCampaignId] = useState<string>();
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('exchange.entry')}</Button>
      <Modal
        open={open}
        title={t('exchange.importCampaignTitle')}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        footer={
          campaignId ? (
            <Button type="primary" onClick={() => navigate(`/campaigns/${campaignId}?tab=queue`)}>
              {t('exchange.openCampaign')}
            </Button>
          ) : null
        }
      >
        <Typography.Paragraph type="secondary">{t('exchange.importCampaignHelp')}</Typography.Paragraph>
        <BundleImport
          expectKind="campaign"
          onImported={(o) => {
            setCampaignId(o.campaignId);
            onImported?.();
          }}
        />
      </Modal>
    </>
  );
}
