import { Button, Input, InputNumber, Select, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactProposal, FactValue } from '../../../../preload/contract/methods/facts';
import { useOpenEvidence } from './use-open-evidence';

function ValueInput({
  value,
  onChange,
  label,
}: {
  value: FactValue;
  onChange: (v: FactValue) => void;
  label: string;
}) {
  if (typeof value === 'number')
    return <InputNumber aria-label={label} size="small" value={value} onChange={(v) => onChange(v ?? 0)} />;
  if (typeof value === 'boolean')
    return <Switch aria-label={label} size="small" checked={value} onChange={onChange} />;
  if (Array.isArray(value))
    return (
      <Select
        aria-label={label}
        size="small"
        mode="tags"
        value={value}
        onChange={onChange}
        style={{ minWidth: 160 }}
      />
    );
  return (
    <Input
      aria-label={label}
      size="small"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      style={{ width: 200 }}
    />
  );
}

const STATUS_COLORS = { proposed: 'blue', confirmed: 'green', rejected: 'default' } as const;

/** One extracted proposal: editable values, the quote with a link to its page, confirm / reject. */
export function ProposalRow({
  p,
  onDecide,
}: {
  p: FactProposal;
  onDecide: (decision: 'accept' | 'reject', corrected?: Record<string, FactValue>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const open = useOpenEvidence();
  const [draft, setDraft] = useState<Record<string, FactValue>>(p.decidedValue ?? p.value);
  const [busy, setBusy] = useState(false);
  const pending = p.status === 'proposed';
  const changed = JSON.stringify(draft) !== JSON.stringify(p.value);
  const decide = async (decision: 'accept' | 'reject') => {
    setBusy(true);
    try {
      await onDecide(decision, decision === 'accept' && changed ? draft : undefined);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="proposal" style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
      <Space wrap size={6}>
        <Tag color={STATUS_COLORS[p.status]}>{t(`facts.${p.status}`)}</Tag>
        <Typography.Text strong>{p.label}</Typography.Text>
        <Button size="small" type="link" onClick={() => open(p.documentId, p.page, p.quote)}>
          {t('facts.openPage', { file: p.fileName, page: p.page })}
        </Button>
        <Typography.Text type="secondary">
          {t('facts.quote')}：「{p.quote}」
        </Typography.Text>
      </Space>
      <Space wrap size={10} style={{ marginTop: 4 }}>
        {Object.entries(draft).map(([key, value]) => (
          <Space key={key} size={4}>
            <Typography.Text type="secondary">{p.keyLabels[key] ?? key}</Typography.Text>
            {pending ? (
              <ValueInput
                label={p.keyLabels[key] ?? key}
                value={value}
                onChange={(v) => setDraft({ ...draft, [key]: v })}
              />
            ) : (
              <Typography.Text>{Array.isArray(value) ? value.join('、') : String(value)}</Typography.Text>
            )}
          </Space>
        ))}
        {pending ? (
          <Space size={4}>
            <Button size="small" type="primary" loading={busy} onClick={() => void decide('accept')}>
              {t('facts.confirm')}
            </Button>
            <Button size="small" danger disabled={busy} onClick={() => void decide('reject')}>
              {t('facts.reject')}
            </Button>
          </Space>
        ) : null}
      </Space>
    </div>
  );
}
