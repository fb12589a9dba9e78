import { Alert, Button, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useApi } from '../../hooks/use-api';
import { AssignmentsTab } from './assignments-tab';
import { CampaignBundlePanel } from './bundle-panel';
import { CampaignFormDrawer } from './campaign-form-drawer';
import { ConsolidationTab } from './consolidation-tab';
import { DashboardTab } from './dashboard-tab';
import { MembersTab } from './members-tab';
import { QueueTab } from './queue-tab';
import { SamplingTab } from './sampling-tab';

const TABS = [
  'dashboard',
  'members',
  'sampling',
  'assignments',
  'queue',
  'consolidation',
  'exchange',
] as const;

/** One campaign: settings header and its tabs, the active one kept in the URL (?tab=). */
export function CampaignPage() {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const campaign = useApi('campaigns.get', { id: campaignId });
  const [editing, setEditing] = useState(false);
  const active = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? params.get('tab')!
    : 'dashboard';
  if (campaign.loading && !campaign.data) return <Spin style={{ margin: 32 }} />;
  if (campaign.error || !campaign.data)
    return <Alert type="error" showIcon style={{ margin: 16 }} message={campaign.error?.message} />;
  const c = campaign.data;
  const render = (key: (typeof TABS)[number]) => {
    switch (key) {
      case 'dashboard':
        return <DashboardTab campaign={c} />;
      case 'members':
        return <MembersTab campaign={c} onChanged={campaign.reload} />;
      case 'sampling':
        return <SamplingTab campaign={c} />;
      case 'assignments':
        return <AssignmentsTab campaign={c} />;
      case 'queue':
        return <QueueTab campaign={c} />;
      case 'consolidation':
        return <ConsolidationTab campaign={c} />;
      case 'exchange':
        return <CampaignBundlePanel campaignId={c.id} />;
    }
  };
  return (
    <div style={{ padding: 16 }}>
      <Space style={{ marginBottom: 8 }} wrap>
        <a href="#/campaigns">{t('campaigns.back')}</a>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {c.name}
        </Typography.Title>
        <Typography.Text type="secondary">
          {c.year} {c.batch}
        </Typography.Text>
        <Button size="small" onClick={() => setEditing(true)}>
          {t('campaigns.edit')}
        </Button>
      </Space>
      <Tabs
        activeKey={active}
        destroyOnHidden
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={TABS.map((key) => ({ key, label: t(`campaigns.tabs.${key}`), children: render(key) }))}
      />
      <CampaignFormDrawer
        open={editing}
        campaign={c}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          campaign.reload();
        }}
      />
    </div>
  );
}
