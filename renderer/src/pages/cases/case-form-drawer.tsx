import { App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACT_TYPES,
  CASE_STATUSES,
  PARTY_KINDS,
  PROCEDURES,
  type CaseInput,
  type CaseRecord,
} from '../../../../preload/contract/methods/cases';
import { PENALTY_TYPES } from '../../../../preload/contract/vocabulary';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';

type DateKey = 'filed' | 'decided' | 'served' | 'closed';
const DATE_KEYS: DateKey[] = ['filed', 'decided', 'served', 'closed'];

interface FormValues extends Omit<CaseInput, 'dates' | 'tags' | 'penalty'> {
  dates?: Partial<Record<DateKey, Dayjs | null>>;
  tags?: string[];
  penalty?: { types?: string[]; amount?: number | null };
}

const toForm = (r: CaseRecord): FormValues => ({
  ...r,
  dates: Object.fromEntries(DATE_KEYS.map((k) => [k, r.dates[k] ? dayjs(r.dates[k]) : null])),
});

const fromForm = (v: FormValues): CaseInput => ({
  ...v,
  dates: Object.fromEntries(
    DATE_KEYS.map((k) => [k, v.dates?.[k]?.format('YYYY-MM-DD') ?? null]),
  ) as CaseInput['dates'],
  penalty: { types: v.penalty?.types ?? [], amount: v.penalty?.amount ?? null },
});

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

/** Create or edit a case record; the save result's duplicate-number warning is shown, not blocking. */
export function CaseFormDrawer({
  open,
  record,
  onClose,
  onSaved,
}: {
  open: boolean;
  record?: CaseRecord;
  onClose(): void;
  onSaved(r: CaseRecord): void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (record) form.setFieldsValue(toForm(record));
  }, [open, record, form]);

  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const input = fromForm(values);
      const result = record
        ? await callOrThrow('cases.update', { id: record.id, record: input })
        : await callOrThrow('cases.create', { record: input });
      if (result.duplicateNumberOf.length > 0) {
        modal.warning({
          title: t('cases.duplicateTitle'),
          content: t('cases.duplicateBody', {
            names: result.duplicateNumberOf.map((d) => d.name).join('、'),
          }),
        });
      }
      message.success(t('cases.saved'));
      onSaved(result.record);
    } catch (error) {
      message.error(error instanceof ApiCallError ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      title={record ? t('cases.edit') : t('cases.create')}
      open={open}
      onClose={onClose}
      size="large"
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={save}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ actType: '行政处罚', status: '待评查' }}
        onKeyDown={(e) => e.ctrlKey && e.key === 'Enter' && void save()}
      >
        <Form.Item
          name="name"
          label={t('cases.name')}
          rules={[{ required: true, whitespace: true, message: t('cases.nameRequired') }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Space wrap>
          <Form.Item name="caseNumber" label={t('cases.caseNumber')}>
            <Input style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name="actType" label={t('cases.actType')}>
            <Select style={{ width: 140 }} options={options(ACT_TYPES)} />
          </Form.Item>
          <Form.Item name="procedure" label={t('cases.procedure')}>
            <Select allowClear style={{ width: 100 }} options={options(PROCEDURES)} />
          </Form.Item>
          <Form.Item name="status" label={t('cases.status')}>
            <Select style={{ width: 110 }} options={options(CASE_STATUSES)} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="agency" label={t('cases.agency')}>
            <Input style={{ width: 300 }} />
          </Form.Item>
          <Form.Item name="sector" label={t('cases.sector')}>
            <Input style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name={['party', 'name']} label={t('cases.partyName')}>
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name={['party', 'kind']} label={t('cases.partyKind')}>
            <Select allowClear style={{ width: 120 }} options={options(PARTY_KINDS)} />
          </Form.Item>
          <Form.Item name={['party', 'idNumber']} label={t('cases.partyId')}>
            <Input style={{ width: 220 }} />
          </Form.Item>
        </Space>
        <Space wrap>
          {DATE_KEYS.map((k) => (
            <Form.Item key={k} name={['dates', k]} label={t(`cases.dates.${k}`)}>
              <DatePicker />
            </Form.Item>
          ))}
        </Space>
        <Space wrap>
          <Form.Item name={['penalty', 'types']} label={t('cases.penaltyTypes')}>
            <Select mode="tags" style={{ width: 300 }} options={options(PENALTY_TYPES)} />
          </Form.Item>
          <Form.Item name={['penalty', 'amount']} label={t('cases.penaltyAmount')}>
            <InputNumber min={0} style={{ width: 160 }} addonAfter="元" />
          </Form.Item>
        </Space>
        <Form.List name="officers">
          {(fields, { add, remove }) => (
            <Form.Item label={t('cases.officers')}>
              {fields.map((field) => (
                <Space key={field.key} align="baseline">
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, message: t('cases.officerName') }]}
                  >
                    <Input placeholder={t('cases.officerName')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'certificateNumber']}>
                    <Input placeholder={t('cases.certificateNumber')} />
                  </Form.Item>
                  <Button type="link" danger onClick={() => remove(field.name)}>
                    {t('common.remove')}
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add({ name: '', certificateNumber: '' })}>
                {t('cases.addOfficer')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Form.Item name="tags" label={t('cases.tags')}>
          <Select mode="tags" />
        </Form.Item>
        <Form.Item name="notes" label={t('cases.notes')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
