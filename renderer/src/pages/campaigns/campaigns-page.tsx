import { Alert, Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CampaignSummary } from '../../../../preload/contract/methods/campaigns';
import { useApi } from '../../hooks/use-api';
import { BundleImportEntry } from './bundle-import-entry';
import { CampaignFormDrawer } from './campaign-form-drawer';

/** 评查活动: the list of campaigns and "new campaign". */
export function CampaignsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useApi('campaigns.list', {});
  const [creating, setCreating] = useState(false);
  return (
    <div style={{ padding: 16 }}>
      <Space style={{ marginBottom: 16 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('campaigns.title')}
        </Typography.Title>
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('campaigns.new')}
        </Button>
        <BundleImportEntry onImported={list.reload} />
      </Space>
      {list.error && <Alert type="error" showIcon message={list.error.message} />}
      <Table<CampaignSummary>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('campaigns.empty') }}
        pagination={false}
        onRow={(r) => ({ onClick: () => navigate(`/campaigns/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('campaigns.columns.name'),
            dataIndex: 'name',
            render: (name: string, r) => <a href={`#/campaigns/${r.id}`}>{name}</a>,
          },
          { title: t('campaigns.columns.year'), dataIndex: 'year' },
          { title: t('campaigns.columns.batch'), dataIndex: 'batch' },
          { title: t('campaigns.columns.cases'), dataIndex: 'caseCount' },
          { title: t('campaigns.columns.members'), dataIndex: 'memberCount' },
          { title: t('campaigns.columns.locked'), dataIndex: 'lockedCount' },
        ]}
      />
      <CampaignFormDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(c) => {
          setCreating(false);
          navigate(`/campaigns/${c.id}?tab=members`);
        }}
      />
    </div>
  );
}
