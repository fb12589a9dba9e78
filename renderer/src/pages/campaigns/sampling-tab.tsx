import {
  Alert,
  Button,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign, CampaignCase, SamplePreview } from '../../../../preload/contract/methods/campaigns';
import { callOrThrow } from '../../api/call-or-throw';
import { useApi } from '../../hooks/use-api';
import { DistributionTable } from './distribution-table';
import { ReasonModal } from './reason-modal';
import { useAction } from './use-action';

/** Seeded stratified draw with a preview of the distribution, and the campaign's dossiers (manual add/remove). */
export function SamplingTab({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const run = useAction();
  const cases = useApi('campaigns.cases', { campaignId: campaign.id });
  const [size, setSize] = useState<number | null>(10);
  const [seed, setSeed] = useState('');
  const [preview, setPreview] = useState<SamplePreview>();
  const [search, setSearch] = useState('');
  const library = useApi('cases.list', { filter: search ? { text: search } : {}, pageSize: 20 });
  const [adding, setAdding] = useState<string>();
  const [removing, setRemoving] = useState<CampaignCase>();

  const doPreview = () =>
    run(async () => {
      const p = await callOrThrow('campaigns.previewSample', {
        campaignId: campaign.id,
        params: { size: size ?? 1, ...(seed.trim() ? { seed: seed.trim() } : {}) },
      });
      setPreview(p);
      setSeed(p.seed);
    });
  const confirm = async () => {
    if (!preview) return;
    const ok = await run(
      () =>
        callOrThrow('campaigns.confirmSample', {
          campaignId: campaign.id,
          params: { size: preview.size, seed: preview.seed },
        }),
      t('campaigns.sampling.confirmed', { count: preview.size }),
    );
    if (ok) {
      setPreview(undefined);
      cases.reload();
    }
  };

  return (
    <div>
      <Space wrap style={{ marginBottom: 16 }}>
        <Form.Item label={t('campaigns.sampling.size')} style={{ margin: 0 }}>
          <InputNumber
            aria-label={t('campaigns.sampling.size')}
            min={1}
            max={100000}
            value={size}
            onChange={setSize}
          />
        </Form.Item>
        <Form.Item label={t('campaigns.sampling.seed')} style={{ margin: 0 }}>
          <Input
            aria-label={t('campaigns.sampling.seed')}
            value={seed}
            onChange={(e) => setSeed(e.target.value)}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Button onClick={() => void doPreview()}>{t('campaigns.sampling.preview')}</Button>
        <Button type="primary" disabled={!preview} onClick={() => void confirm()}>
          {t('campaigns.sampling.confirm')}
        </Button>
      </Space>
      {preview && (
        <div style={{ marginBottom: 16 }} data-testid="sample-preview">
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 8 }}
            message={t('campaigns.sampling.population', {
              population: preview.population,
              size: preview.size,
              seed: preview.seed,
            })}
          />
          <Row gutter={16}>
            <Col span={12}>
              <DistributionTable title={t('campaigns.sampling.byAgency')} rows={preview.byAgency} />
            </Col>
            <Col span={12}>
              <DistributionTable title={t('campaigns.sampling.byActType')} rows={preview.byActType} />
            </Col>
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('campaigns.sampling.strata')}：
            {preview.strata.map((s) => t('campaigns.sampling.stratumRow', { ...s })).join('；')}
          </Typography.Paragraph>
        </div>
      )}
      <Typography.Title level={5}>{t('campaigns.sampling.inCampaign')}</Typography.Title>
      <Space style={{ marginBottom: 8 }}>
        <Select
          showSearch
          aria-label={t('campaigns.sampling.addCase')}
          placeholder={t('campaigns.sampling.searchCase')}
          style={{ width: 360 }}
          filterOption={false}
          onSearch={setSearch}
          value={null}
          onChange={(id: string) => setAdding(id)}
          options={(library.data?.rows ?? []).map((r) => ({
            value: r.id,
            label: `${r.caseNumber} ${r.name}（${r.agency}）`,
          }))}
        />
      </Space>
      <Table<CampaignCase>
        rowKey="caseId"
        size="small"
        loading={cases.loading}
        dataSource={cases.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        rowClassName={(r) => (r.removedAt ? 'campaign-row-removed' : '')}
        columns={[
          { title: t('campaigns.columns.caseNumber'), dataIndex: 'caseNumber' },
          { title: t('campaigns.columns.caseName'), dataIndex: 'name' },
          { title: t('campaigns.columns.agency'), dataIndex: 'agency' },
          { title: t('campaigns.columns.actType'), dataIndex: 'actType' },
          {
            title: t('campaigns.columns.source'),
            render: (_: unknown, r) =>
              r.removedAt ? (
                <Tag>{t('campaigns.sampling.removed', { reason: r.removedReason })}</Tag>
              ) : (
                <Tag color={r.source === 'sampled' ? 'blue' : 'gold'}>
                  {r.source === 'sampled' ? t('campaigns.sampling.sampled') : t('campaigns.sampling.manual')}
                  {r.reason ? `：${r.reason}` : ''}
                </Tag>
              ),
          },
          {
            title: t('campaigns.columns.actions'),
            render: (_: unknown, r) =>
              r.removedAt ? null : (
                <Button size="small" onClick={() => setRemoving(r)}>
                  {t('campaigns.members.remove')}
                </Button>
              ),
          },
        ]}
      />
      <ReasonModal
        open={adding !== undefined}
        title={t('campaigns.sampling.addReason')}
        onCancel={() => setAdding(undefined)}
        onOk={async (reason) => {
          if (
            adding &&
            (await run(() =>
              callOrThrow('campaigns.addCase', { campaignId: campaign.id, caseId: adding, reason }),
            ))
          ) {
            setAdding(undefined);
            cases.reload();
          }
        }}
      />
      <ReasonModal
        open={removing !== undefined}
        title={t('campaigns.sampling.removeReason')}
        onCancel={() => setRemoving(undefined)}
        onOk={async (reason) => {
          if (
            removing &&
            (await run(() =>
              callOrThrow('campaigns.removeCase', {
                campaignId: campaign.id,
                caseId: removing.caseId,
                reason,
              }),
            ))
          ) {
            setRemoving(undefined);
            cases.reload();
          }
        }}
      />
    </div>
  );
}
