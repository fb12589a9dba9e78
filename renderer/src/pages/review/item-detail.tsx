import {
  Alert,
  Button,
  Checkbox,
  Input,
  InputNumber,
  Radio,
  Space,
  Tag,
  Typography,
  type InputRef,
} from 'antd';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckFinding } from '../../../../preload/contract/methods/checks';
import type { ItemFinding, ReviewView } from '../../../../preload/contract/methods/reviews';
import type { StandardItem } from '../../../../preload/contract/model/standard/item';
import {
  SCORING_MODE_LABELS,
  VETO_EFFECT_LABELS,
} from '../../../../preload/contract/model/standard/vocabulary';
import { setStatusOk, toggleOption, withNote } from './finding-edits';

export interface ItemDetailProps {
  item: StandardItem;
  finding: ItemFinding | null;
  readOnly: boolean;
  suggestions: CheckFinding[];
  decisions: ReviewView['suggestionDecisions'];
  noteRef: Ref<InputRef>;
  onChange(finding: ItemFinding | null): void;
  onAskNa(): void;
  onAskValue(): void;
  onDecide(ruleId: string, decision: 'accepted' | 'rejected'): void;
  /** The item's evidence (annotations), shown under the suggestions. */
  evidence?: ReactNode;
}

/** Controls of the current item: status, options by number, occurrences, values, note, suggestions. */
export function ItemDetail(p: ItemDetailProps) {
  const { t } = useTranslation();
  const { item, finding, readOnly } = p;
  const selected = finding?.status === 'deduct' ? (finding.optionIds ?? []) : [];
  const occurrences = finding?.status === 'deduct' ? finding.occurrences : undefined;

  return (
    <div style={{ padding: '8px 12px 12px 28px', background: '#fafafa' }} data-testid="item-detail">
      {item.criterion ? (
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          <Typography.Text type="secondary">{t('review.criterion')}：</Typography.Text>
          {item.criterion}
        </Typography.Paragraph>
      ) : null}
      {item.basis ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 4, fontSize: 12 }}>
          {t('review.basis')}：{item.basis}
        </Typography.Paragraph>
      ) : null}
      {item.veto ? (
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          <Tag color="red">{VETO_EFFECT_LABELS[item.veto]}</Tag>
          {item.vetoCriterion ? `${t('review.vetoCriterion')}：${item.vetoCriterion}` : null}
        </Typography.Paragraph>
      ) : null}
      <Space wrap style={{ marginBottom: 6 }}>
        <Radio.Group
          disabled={readOnly}
          size="small"
          optionType="button"
          value={finding?.status}
          onChange={(e) => {
            const status = e.target.value as ItemFinding['status'];
            if (status === 'ok') p.onChange(setStatusOk(finding));
            else if (status === 'na') p.onAskNa();
            else if (status === 'veto')
              p.onChange({ status: 'veto', ...(finding?.note ? { note: finding.note } : {}) });
            else if (item.options.length > 0) p.onChange(toggleOption(item, finding, 0) ?? null);
            else p.onAskValue();
          }}
          options={[
            { value: 'ok', label: `${t('review.status_ok')} (y)` },
            ...(item.points > 0 ? [{ value: 'deduct', label: SCORING_MODE_LABELS[item.mode] }] : []),
            ...(item.allowNa ? [{ value: 'na', label: `${t('review.status_na')} (a)` }] : []),
            ...(item.veto ? [{ value: 'veto', label: `${t('review.status_veto')} (v)` }] : []),
          ]}
        />
        <Typography.Text type="secondary">
          {SCORING_MODE_LABELS[item.mode]} · {t('review.points', { points: item.points })}
        </Typography.Text>
      </Space>
      {item.options.length > 0 ? (
        <div>
          {item.options.map((o, i) => (
            <div key={o.id}>
              <Checkbox
                disabled={readOnly}
                checked={selected.includes(o.id)}
                onChange={() => p.onChange(toggleOption(item, finding, i) ?? null)}
                data-testid={`option-${i + 1}`}
              >
                <Typography.Text keyboard>{i + 1}</Typography.Text> {o.text}（
                {item.mode === 'award' ? '+' : '−'}
                {o.points}
                {o.perOccurrence ? '/次' : ''}）
              </Checkbox>
              {o.perOccurrence && selected.includes(o.id) && typeof occurrences === 'object' ? (
                <InputNumber
                  size="small"
                  min={1}
                  disabled={readOnly}
                  value={occurrences[o.id] ?? 1}
                  addonBefore={t('review.occurrences')}
                  onChange={(n) =>
                    finding &&
                    p.onChange({ ...finding, occurrences: { ...occurrences, [o.id]: Number(n) || 1 } })
                  }
                />
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
      {item.mode === 'per_occurrence' ? (
        <InputNumber
          size="small"
          min={0}
          disabled={readOnly}
          addonBefore={`${t('review.occurrences')}（−${item.step ?? 0}/次）`}
          value={typeof occurrences === 'number' ? occurrences : 0}
          onChange={(n) =>
            p.onChange(
              Number(n) > 0
                ? {
                    status: 'deduct',
                    occurrences: Number(n),
                    ...(finding?.note ? { note: finding.note } : {}),
                  }
                : setStatusOk(finding),
            )
          }
        />
      ) : null}
      {finding?.rangeValue !== undefined ? (
        <Typography.Text data-testid="range-value">
          {SCORING_MODE_LABELS[item.mode]}：{finding.rangeValue} (r)
        </Typography.Text>
      ) : null}
      {finding?.reason ? (
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          <Typography.Text type="secondary">
            {finding.status === 'na' ? t('review.naReason') : t('review.rangeReason')}：
          </Typography.Text>
          {finding.reason}
        </Typography.Paragraph>
      ) : null}
      <Input.TextArea
        ref={p.noteRef}
        disabled={readOnly}
        autoSize={{ minRows: 1, maxRows: 4 }}
        placeholder={t('review.notePlaceholder')}
        aria-label={t('review.note')}
        defaultValue={finding?.note ?? ''}
        key={`${item.code}:${finding?.note ?? ''}`}
        onBlur={(e) => {
          if (e.target.value !== (finding?.note ?? '')) p.onChange(withNote(finding, e.target.value.trim()));
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') (e.target as HTMLTextAreaElement).blur();
        }}
        style={{ marginTop: 6 }}
      />
      {p.suggestions.map((s) => {
        const decided = p.decisions.find((d) => d.itemCode === item.code && d.ruleId === s.ruleId);
        return (
          <Alert
            key={s.ruleId}
            style={{ marginTop: 6 }}
            type={s.result === '不符合' ? 'warning' : 'info'}
            data-testid={`suggestion-${s.ruleId}`}
            message={`${t('review.suggestions')} ${s.ruleId} ${s.title}：${s.result}`}
            description={s.explanation}
            action={
              decided ? (
                <Tag color={decided.decision === 'accepted' ? 'green' : 'default'}>
                  {t(decided.decision === 'accepted' ? 'review.accepted' : 'review.rejected')}
                </Tag>
              ) : (
                <Space direction="vertical" size={2}>
                  <Button size="small" disabled={readOnly} onClick={() => p.onDecide(s.ruleId, 'accepted')}>
                    {t('review.accept')} (c)
                  </Button>
                  <Button size="small" disabled={readOnly} onClick={() => p.onDecide(s.ruleId, 'rejected')}>
                    {t('review.reject')} (d)
                  </Button>
                </Space>
              )
            }
          />
        );
      })}
      {p.evidence}
    </div>
  );
}
