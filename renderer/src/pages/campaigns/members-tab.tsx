import { Button, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, CampaignMember } from '../../../../preload/contract/methods/campaigns';
import { callOrThrow } from '../../api/call-or-throw';
import { ReasonModal } from './reason-modal';
import { useAction } from './use-action';

/** The panel (评查组): members with their unit (回避) and role. */
export function MembersTab({ campaign, onChanged }: { campaign: Campaign; onChanged: () => void }) {
  const { t } = useTranslation();
  const run = useAction();
  const [form] = Form.useForm<{ name: string; unit: string; role: 'leader' | 'member' }>();
  const [removing, setRemoving] = useState<CampaignMember>();
  const add = async (v: { name: string; unit: string; role: 'leader' | 'member' }) => {
    if (await run(() => callOrThrow('campaigns.addMember', { campaignId: campaign.id, member: v }))) {
      form.resetFields();
      onChanged();
    }
  };
  return (
    <div>
      <Typography.Paragraph type="secondary">{t('campaigns.members.hint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        initialValues={{ role: 'member' }}
        onFinish={(v) => void add(v)}
        style={{ marginBottom: 16 }}
      >
        <Form.Item name="name" rules={[{ required: true, message: t('campaigns.members.name') }]}>
          <Input placeholder={t('campaigns.members.name')} aria-label={t('campaigns.members.name')} />
        </Form.Item>
        <Form.Item name="unit">
          <Input
            placeholder={t('campaigns.members.unit')}
            aria-label={t('campaigns.members.unit')}
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item name="role">
          <Select
            aria-label={t('campaigns.columns.role')}
            style={{ width: 100 }}
            options={[
              { value: 'member', label: t('campaigns.role.member') },
              { value: 'leader', label: t('campaigns.role.leader') },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('campaigns.members.add')}
        </Button>
      </Form>
      <Table<CampaignMember>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={campaign.members}
        columns={[
          { title: t('campaigns.members.name'), dataIndex: 'name' },
          { title: t('campaigns.columns.unit'), dataIndex: 'unit' },
          {
            title: t('campaigns.columns.role'),
            dataIndex: 'role',
            render: (role: CampaignMember['role']) =>
              t(role === 'leader' ? 'campaigns.role.leader' : 'campaigns.role.member'),
          },
          {
            title: t('campaigns.columns.actions'),
            render: (_: unknown, m) => (
              <Space>
                <Button size="small" onClick={() => setRemoving(m)}>
                  {t('campaigns.members.remove')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <ReasonModal
        open={removing !== undefined}
        title={t('campaigns.members.removeReason')}
        onCancel={() => setRemoving(undefined)}
        onOk={async (reason) => {
          if (!removing) return;
          const ok = await run(() =>
            callOrThrow('campaigns.removeMember', { campaignId: campaign.id, memberId: removing.id, reason }),
          );
          if (ok) {
            setRemoving(undefined);
            onChanged();
          }
        }}
      />
    </div>
  );
}
