import { Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Campaign, CampaignSettingsInput } from '../../../../preload/contract/methods/campaigns';
import { ACT_TYPES, type ActType } from '../../../../preload/contract/vocabulary';
import { callOrThrow } from '../../api/call-or-throw';
import { useApi } from '../../hooks/use-api';
import { useAction } from './use-action';

interface FormValues {
  name: string;
  year: number;
  batch?: string;
  closed?: [Dayjs | null, Dayjs | null] | null;
  actTypes?: string[];
  agencies?: string[];
  standard?: string;
  reviewersPerCase: number;
  reviewThreshold: number;
  deadline?: Dayjs | null;
  bands: BandPreset;
}

const DEADLINE = '评查截止';

/**
 * Grade-band presets (domain.md §2.5: no official thresholds; defaults to
 * verify locally). `standard` keeps each standard version's own bands.
 */
const BAND_PRESETS = {
  standard: null,
  four: [
    { label: '优秀', min: 90, pass: true },
    { label: '良好', min: 80, pass: true },
    { label: '合格', min: 60, pass: true },
    { label: '不合格', min: 0, pass: false },
  ],
  three: [
    { label: '优秀', min: 90, pass: true },
    { label: '合格', min: 60, pass: true },
    { label: '不合格', min: 0, pass: false },
  ],
} as const;
/** `custom`: bands set through the API or CLI, kept as they are. */
type BandPreset = keyof typeof BAND_PRESETS | 'custom';

const presetOf = (bands: Campaign['gradeBands']): BandPreset => {
  const key = JSON.stringify(bands);
  const known = (['standard', 'four', 'three'] as const).find((k) => JSON.stringify(BAND_PRESETS[k]) === key);
  return known ?? 'custom';
};

/** Create or edit a campaign's settings (the panel is edited on its own tab). */
export function CampaignFormDrawer(props: {
  open: boolean;
  campaign?: Campaign;
  onClose: () => void;
  onSaved: (campaign: Campaign) => void;
}) {
  const { t } = useTranslation();
  const run = useAction();
  const standards = useApi('standards.list', {});
  const facets = useApi('cases.facets', {});
  const c = props.campaign;
  const initial: FormValues = c
    ? {
        name: c.name,
        year: c.year,
        batch: c.batch,
        closed: [
          c.scope.closedFrom ? dayjs(c.scope.closedFrom) : null,
          c.scope.closedTo ? dayjs(c.scope.closedTo) : null,
        ],
        actTypes: c.scope.actTypes,
        agencies: c.scope.agencies,
        standard: c.standards['*'],
        reviewersPerCase: c.reviewersPerCase,
        reviewThreshold: c.reviewThreshold,
        deadline: c.deadlines[DEADLINE] ? dayjs(c.deadlines[DEADLINE]) : null,
        bands: presetOf(c.gradeBands),
      }
    : {
        name: '',
        year: new Date().getFullYear(),
        reviewersPerCase: 2,
        reviewThreshold: 10,
        bands: 'standard',
      };

  const save = async (v: FormValues) => {
    const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
    const settings: CampaignSettingsInput = {
      name: v.name,
      year: v.year,
      batch: v.batch ?? '',
      scope: {
        closedFrom: iso(v.closed?.[0]),
        closedTo: iso(v.closed?.[1]),
        actTypes: (v.actTypes ?? []) as ActType[],
        agencies: v.agencies ?? [],
      },
      standards: { ...(c?.standards ?? {}), ...(v.standard ? { '*': v.standard } : {}) },
      gradeBands:
        v.bands === 'custom'
          ? (c?.gradeBands ?? null)
          : (BAND_PRESETS[v.bands]?.map((b) => ({ ...b })) ?? null),
      deadlines: { ...(c?.deadlines ?? {}), ...(v.deadline ? { [DEADLINE]: iso(v.deadline)! } : {}) },
      reviewersPerCase: v.reviewersPerCase,
      reviewThreshold: v.reviewThreshold,
    };
    let saved: Campaign | undefined;
    const ok = await run(async () => {
      saved = c
        ? await callOrThrow('campaigns.update', { id: c.id, settings })
        : await callOrThrow('campaigns.create', { settings, members: [] });
    }, t('campaigns.form.saved'));
    if (ok && saved) props.onSaved(saved);
  };

  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      title={c ? t('campaigns.edit') : t('campaigns.new')}
      width={560}
      destroyOnHidden
    >
      <Form<FormValues> layout="vertical" initialValues={initial} onFinish={(v) => void save(v)}>
        <Form.Item
          name="name"
          label={t('campaigns.form.name')}
          rules={[{ required: true, message: t('campaigns.form.name') }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Space>
          <Form.Item name="year" label={t('campaigns.form.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="batch" label={t('campaigns.form.batch')}>
            <Input />
          </Form.Item>
        </Space>
        <Form.Item name="closed" label={t('campaigns.form.closedRange')}>
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item name="actTypes" label={t('campaigns.form.actTypes')}>
          <Select mode="multiple" options={ACT_TYPES.map((a) => ({ value: a, label: a }))} />
        </Form.Item>
        <Form.Item name="agencies" label={t('campaigns.form.agencies')}>
          <Select mode="tags" options={(facets.data?.agencies ?? []).map((a) => ({ value: a, label: a }))} />
        </Form.Item>
        <Form.Item name="standard" label={t('campaigns.form.standard')}>
          <Select
            aria-label={t('campaigns.form.standard')}
            showSearch
            optionFilterProp="label"
            options={(standards.data ?? []).map((s) => ({
              value: s.id,
              label: `${s.name}（${s.code}@${s.version}）`,
            }))}
          />
        </Form.Item>
        <Space>
          <Form.Item name="reviewersPerCase" label={t('campaigns.form.reviewersPerCase')}>
            <InputNumber min={1} max={5} />
          </Form.Item>
          <Form.Item name="reviewThreshold" label={t('campaigns.form.reviewThreshold')}>
            <InputNumber min={0} max={1000} />
          </Form.Item>
        </Space>
        <Form.Item name="bands" label={t('campaigns.form.gradeBands')}>
          <Select
            aria-label={t('campaigns.form.gradeBands')}
            options={[
              { value: 'standard', label: t('campaigns.form.bandsStandard') },
              { value: 'four', label: t('campaigns.form.bandsFour') },
              { value: 'three', label: t('campaigns.form.bandsThree') },
              ...(c && presetOf(c.gradeBands) === 'custom'
                ? [{ value: 'custom', label: t('campaigns.form.bandsCustom') }]
                : []),
            ]}
          />
        </Form.Item>
        <Form.Item name="deadline" label={t('campaigns.form.deadline')}>
          <DatePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('campaigns.form.save')}
        </Button>
      </Form>
    </Drawer>
  );
}
