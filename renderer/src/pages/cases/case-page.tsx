import { Alert, Button, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../hooks/use-api';
import { CaseFormDrawer } from './case-form-drawer';
import { CASE_TABS } from './case-tabs';

/** One dossier: a header and its tabs (documents, information, and what later capabilities add). */
export function CasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { caseId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const record = useApi('cases.get', { id: caseId });
  const [editing, setEditing] = useState(false);

  if (record.loading && !record.data) return <Spin style={{ margin: 48 }} />;
  if (record.error) {
    return (
      <Alert
        type="error"
        showIcon
        style={{ margin: 24 }}
        message={record.error.message}
        action={<Button onClick={() => navigate('/cases')}>{t('cases.backToList')}</Button>}
      />
    );
  }
  const r = record.data;
  if (!r) return null;
  const activeTab = CASE_TABS.some((tab) => tab.key === params.get('tab'))
    ? params.get('tab')!
    : CASE_TABS[0]!.key;

  return (
    <div style={{ padding: '12px 24px' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space>
          <Button onClick={() => navigate('/cases')}>← {t('cases.backToList')}</Button>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-title">
            {r.name}
          </Typography.Title>
          <Typography.Text type="secondary">{r.caseNumber}</Typography.Text>
          <Tag>{r.status}</Tag>
        </Space>
        <Button onClick={() => setEditing(true)}>{t('cases.edit')}</Button>
      </Space>
      <Tabs
        activeKey={activeTab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={CASE_TABS.map((tab) => ({
          key: tab.key,
          label: t(tab.labelKey),
          children: tab.render(r, record.reload),
        }))}
      />
      <CaseFormDrawer
        open={editing}
        record={r}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          record.reload();
        }}
      />
    </div>
  );
}
