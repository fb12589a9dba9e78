import { DatePicker, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ACT_TYPES, CASE_STATUSES, type CaseFacets } from '../../../../preload/contract/methods/cases';

export interface CaseFilterValue {
  agency?: string;
  actType?: (typeof ACT_TYPES)[number];
  status?: (typeof CASE_STATUSES)[number];
  tag?: string;
  text?: string;
  decidedFrom?: string;
  decidedTo?: string;
}

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

export function CaseFilters({
  value,
  facets,
  onChange,
}: {
  value: CaseFilterValue;
  facets: CaseFacets | undefined;
  onChange(next: CaseFilterValue): void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<CaseFilterValue>) => onChange({ ...value, ...patch });
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        placeholder={t('cases.searchPlaceholder')}
        aria-label={t('cases.searchPlaceholder')}
        defaultValue={value.text}
        onSearch={(text) => set({ text: text || undefined })}
        style={{ width: 260 }}
      />
      <Select
        allowClear
        placeholder={t('cases.agency')}
        aria-label={t('cases.agency')}
        style={{ width: 220 }}
        value={value.agency}
        options={options(facets?.agencies ?? [])}
        onChange={(agency) => set({ agency })}
        showSearch
      />
      <Select
        allowClear
        placeholder={t('cases.actType')}
        aria-label={t('cases.actType')}
        style={{ width: 130 }}
        value={value.actType}
        options={options(ACT_TYPES)}
        onChange={(actType) => set({ actType })}
      />
      <Select
        allowClear
        placeholder={t('cases.status')}
        aria-label={t('cases.status')}
        style={{ width: 110 }}
        value={value.status}
        options={options(CASE_STATUSES)}
        onChange={(status) => set({ status })}
      />
      <Select
        allowClear
        placeholder={t('cases.tag')}
        aria-label={t('cases.tag')}
        style={{ width: 120 }}
        value={value.tag}
        options={options(facets?.tags ?? [])}
        onChange={(tag) => set({ tag })}
      />
      <DatePicker.RangePicker
        aria-label={t('cases.decidedRange')}
        placeholder={[t('cases.decidedFrom'), t('cases.decidedTo')]}
        onChange={(range: [Dayjs | null, Dayjs | null] | null) =>
          set({ decidedFrom: range?.[0]?.format('YYYY-MM-DD'), decidedTo: range?.[1]?.format('YYYY-MM-DD') })
        }
      />
    </Space>
  );
}
