import { Button, Checkbox, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StandardItem } from '../../../../preload/contract/model/standard/item';
import {
  SCORING_MODES,
  SCORING_MODE_LABELS,
  THREE_SYSTEMS,
  THREE_SYSTEM_LABELS,
  VETO_EFFECTS,
  VETO_EFFECT_LABELS,
} from '../../../../preload/contract/model/standard/vocabulary';

const row = (label: string, control: React.ReactNode) => (
  <div style={{ display: 'flex', gap: 8, alignItems: 'center', marginBottom: 6 }}>
    <Typography.Text style={{ width: 96, flex: 'none' }} type="secondary">
      {label}
    </Typography.Text>
    <div style={{ flex: 1 }}>{control}</div>
  </div>
);

/** Fields of one item; every change is a patch on the draft, checked by 校验 / on save. */
export function ItemEditor({
  item,
  disabled,
  onPatch,
}: {
  item: StandardItem;
  disabled: boolean;
  onPatch: (p: Partial<StandardItem>) => void;
}) {
  const { t } = useTranslation();
  const num = (v: number | string | null) => (v === null || v === '' ? 0 : Number(v));
  return (
    <div data-testid="item-editor">
      {row(
        t('standards.code'),
        <Input
          disabled={disabled}
          value={item.code}
          onChange={(e) => onPatch({ code: e.target.value })}
          aria-label={t('standards.code')}
        />,
      )}
      {row(
        t('standards.f.title'),
        <Input
          disabled={disabled}
          value={item.title}
          onChange={(e) => onPatch({ title: e.target.value })}
          aria-label={t('standards.f.title')}
        />,
      )}
      {row(
        t('standards.f.criterion'),
        <Input.TextArea
          disabled={disabled}
          autoSize
          value={item.criterion}
          onChange={(e) => onPatch({ criterion: e.target.value })}
        />,
      )}
      {row(
        t('standards.f.basis'),
        <Input disabled={disabled} value={item.basis} onChange={(e) => onPatch({ basis: e.target.value })} />,
      )}
      {row(
        t('standards.f.points'),
        <InputNumber
          disabled={disabled}
          min={0}
          value={item.points}
          onChange={(v) => onPatch({ points: num(v) })}
          aria-label={t('standards.f.points')}
        />,
      )}
      {row(
        t('standards.f.mode'),
        <Select
          disabled={disabled}
          style={{ width: 160 }}
          value={item.mode}
          onChange={(mode) => onPatch({ mode })}
          options={SCORING_MODES.map((m) => ({ value: m, label: SCORING_MODE_LABELS[m] }))}
        />,
      )}
      {item.mode === 'per_occurrence'
        ? row(
            t('standards.f.step'),
            <InputNumber
              disabled={disabled}
              min={0}
              value={item.step}
              onChange={(v) => onPatch({ step: num(v) })}
            />,
          )
        : null}
      {item.mode === 'range'
        ? row(
            t('standards.f.range'),
            <Space>
              <InputNumber
                disabled={disabled}
                min={0}
                value={item.range?.min}
                onChange={(v) => onPatch({ range: { min: num(v), max: item.range?.max ?? item.points } })}
              />
              ～
              <InputNumber
                disabled={disabled}
                min={0}
                value={item.range?.max}
                onChange={(v) => onPatch({ range: { min: item.range?.min ?? 0, max: num(v) } })}
              />
            </Space>,
          )
        : null}
      {row(
        t('standards.f.veto'),
        <Select
          disabled={disabled}
          allowClear
          style={{ width: 200 }}
          value={item.veto}
          onChange={(veto) => onPatch({ veto })}
          options={VETO_EFFECTS.map((v) => ({ value: v, label: VETO_EFFECT_LABELS[v] }))}
        />,
      )}
      {item.veto
        ? row(
            t('standards.f.vetoCriterion'),
            <Input
              disabled={disabled}
              value={item.vetoCriterion ?? ''}
              onChange={(e) => onPatch({ vetoCriterion: e.target.value })}
            />,
          )
        : null}
      {row(
        t('standards.f.threeSystem'),
        <Select
          disabled={disabled}
          style={{ width: 200 }}
          value={item.threeSystem}
          onChange={(threeSystem) => onPatch({ threeSystem })}
          options={THREE_SYSTEMS.map((v) => ({ value: v, label: THREE_SYSTEM_LABELS[v] }))}
        />,
      )}
      {row(
        t('standards.f.ruleIds'),
        <Input
          disabled={disabled}
          value={item.ruleIds.join(', ')}
          onChange={(e) => onPatch({ ruleIds: e.target.value.split(/[,，、\s]+/).filter(Boolean) })}
        />,
      )}
      {row(
        t('standards.f.allowNa'),
        <Checkbox
          disabled={disabled}
          checked={item.allowNa}
          onChange={(e) => onPatch({ allowNa: e.target.checked })}
        />,
      )}
      <Typography.Text strong>
        {t(item.mode === 'award' ? 'standards.f.awardOptions' : 'standards.f.options')}
      </Typography.Text>
      {item.options.map((o, i) => (
        <Space key={i} style={{ display: 'flex', marginTop: 4 }}>
          <Input
            disabled={disabled}
            style={{ width: 60 }}
            value={o.id}
            onChange={(e) =>
              onPatch({ options: item.options.map((x, j) => (j === i ? { ...x, id: e.target.value } : x)) })
            }
          />
          <Input
            disabled={disabled}
            style={{ width: 280 }}
            value={o.text}
            onChange={(e) =>
              onPatch({ options: item.options.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)) })
            }
          />
          <InputNumber
            disabled={disabled}
            min={0}
            value={o.points}
            onChange={(v) =>
              onPatch({ options: item.options.map((x, j) => (j === i ? { ...x, points: num(v) } : x)) })
            }
          />
          <Checkbox
            disabled={disabled}
            checked={o.perOccurrence}
            onChange={(e) =>
              onPatch({
                options: item.options.map((x, j) =>
                  j === i ? { ...x, perOccurrence: e.target.checked } : x,
                ),
              })
            }
          >
            {t('standards.f.perOccurrence')}
          </Checkbox>
          <Button
            disabled={disabled}
            size="small"
            danger
            onClick={() => onPatch({ options: item.options.filter((_, j) => j !== i) })}
          >
            ×
          </Button>
        </Space>
      ))}
      <div style={{ marginTop: 6 }}>
        <Button
          disabled={disabled}
          size="small"
          onClick={() =>
            onPatch({
              options: [
                ...item.options,
                {
                  id: `o${item.options.length + 1}`,
                  text: t('standards.f.newOption'),
                  points: 1,
                  perOccurrence: false,
                },
              ],
            })
          }
        >
          {t('standards.f.addOption')}
        </Button>
      </div>
    </div>
  );
}
