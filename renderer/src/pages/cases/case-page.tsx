import { Alert, Button, Descriptions, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../../hooks/use-api';
import { CaseFormDrawer } from './case-form-drawer';

/** One dossier: its record, and (with the documents work) the 卷内目录 beside the open document. */
export function CasePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { caseId = '' } = useParams();
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

  return (
    <div style={{ padding: 24 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space>
          <Button onClick={() => navigate('/cases')}>← {t('cases.backToList')}</Button>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="case-title">
            {r.name}
          </Typography.Title>
          <Tag>{r.status}</Tag>
        </Space>
        <Button onClick={() => setEditing(true)}>{t('cases.edit')}</Button>
      </Space>
      <Descriptions size="small" column={3} style={{ marginTop: 16 }} bordered>
        <Descriptions.Item label={t('cases.caseNumber')}>{r.caseNumber}</Descriptions.Item>
        <Descriptions.Item label={t('cases.agency')}>{r.agency}</Descriptions.Item>
        <Descriptions.Item label={t('cases.actType')}>
          {r.actType}
          {r.procedure ? `（${r.procedure}程序）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.partyName')}>
          {r.party.name} {r.party.kind ? `（${r.party.kind}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.partyId')}>{r.party.idNumber}</Descriptions.Item>
        <Descriptions.Item label={t('cases.penaltyAmount')}>
          {r.penalty.types.join('、')} {r.penalty.amount !== null ? `${r.penalty.amount} 元` : ''}
        </Descriptions.Item>
        {(['filed', 'decided', 'served', 'closed'] as const).map((k) => (
          <Descriptions.Item key={k} label={t(`cases.dates.${k}`)}>
            {r.dates[k] ?? '—'}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('cases.officers')} span={2}>
          {r.officers.map((o) => `${o.name}${o.certificateNumber ? `（${o.certificateNumber}）` : ''}`).join('、')}
        </Descriptions.Item>
        <Descriptions.Item label={t('cases.tags')}>{r.tags.map((tag) => <Tag key={tag}>{tag}</Tag>)}</Descriptions.Item>
      </Descriptions>
      {r.notes ? <Typography.Paragraph style={{ marginTop: 12 }}>{r.notes}</Typography.Paragraph> : null}
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
