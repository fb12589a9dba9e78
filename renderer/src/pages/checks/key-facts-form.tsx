import { App, Card, Col, Input, InputNumber, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../preload/contract';
import type { CaseFactsView } from '../../../../preload/contract/methods/facts';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';
import { getPath, setPath } from './fact-paths';
import { SaveFactsFooter } from './save-facts-footer';

type Kind = 'date' | 'text' | 'number' | { options: string[] };

/** The key events and people of docs/checks.md §2; everything else is edited as YAML. */
const FIELDS: { path: string; labelKey: string; kind: Kind }[] = [
  {
    path: 'actType',
    labelKey: 'facts.form.actType',
    kind: { options: ['行政处罚', '行政许可', '行政强制', '行政检查', '行政征收', '行政确认', '其他'] },
  },
  { path: 'procedure', labelKey: 'facts.form.procedure', kind: { options: ['普通', '简易'] } },
  { path: 'party.kind', labelKey: 'facts.form.partyKind', kind: { options: ['自然人', '法人', '其他组织'] } },
  { path: 'party.name', labelKey: 'facts.form.partyName', kind: 'text' },
  { path: 'events.filing.date', labelKey: 'facts.form.filing', kind: 'date' },
  { path: 'events.notices.0.servedDate', labelKey: 'facts.form.noticeServed', kind: 'date' },
  { path: 'events.notices.0.periodWorkingDays', labelKey: 'facts.form.noticePeriod', kind: 'number' },
  { path: 'events.legalReviews.0.date', labelKey: 'facts.form.reviewDate', kind: 'date' },
  {
    path: 'events.legalReviews.0.outcome',
    labelKey: 'facts.form.reviewOutcome',
    kind: { options: ['同意', '不同意', '退回'] },
  },
  { path: 'events.legalReviews.0.reviewer', labelKey: 'facts.form.reviewer', kind: 'text' },
  { path: 'events.decision.date', labelKey: 'facts.form.decisionDate', kind: 'date' },
  { path: 'events.decision.amount', labelKey: 'facts.form.amount', kind: 'number' },
  { path: 'events.decisionService.date', labelKey: 'facts.form.serviceDate', kind: 'date' },
  { path: 'events.publication.date', labelKey: 'facts.form.publicationDate', kind: 'date' },
  { path: 'events.closing.date', labelKey: 'facts.form.closingDate', kind: 'date' },
];

/** A structured form for the key dates and people; saves through facts.save (validated per field). */
export function KeyFactsForm({
  caseId,
  view,
  onSaved,
}: {
  caseId: string;
  view: CaseFactsView;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<Record<string, unknown>>(view.facts ?? { actType: '行政处罚' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setDraft(view.facts ?? { actType: '行政处罚' }), [view.facts]);

  const set = (path: string, value: unknown) =>
    setDraft((d) => setPath(d, path, value === '' || value === null ? undefined : value));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const saved = await callOrThrow('facts.save', { caseId, facts: draft, revision: view.revision });
      message.success(t('facts.saved', { revision: saved.revision }));
      onSaved();
    } catch (e) {
      setError(e instanceof ApiCallError ? e.error : { code: 'E_INTERNAL', message: String(e) });
    } finally {
      setBusy(false);
    }
  };

  const input = (f: (typeof FIELDS)[number]) => {
    const value = getPath(draft, f.path);
    const label = t(f.labelKey);
    if (typeof f.kind === 'object')
      return (
        <Select
          aria-label={label}
          allowClear
          value={value as string | undefined}
          options={f.kind.options.map((o) => ({ value: o, label: o }))}
          onChange={(v) => set(f.path, v)}
          style={{ width: '100%' }}
        />
      );
    if (f.kind === 'number')
      return (
        <InputNumber
          aria-label={label}
          value={typeof value === 'number' ? value : null}
          min={0}
          onChange={(v) => set(f.path, v)}
          style={{ width: '100%' }}
        />
      );
    return (
      <Input
        aria-label={label}
        value={typeof value === 'string' ? value : ''}
        placeholder={f.kind === 'date' ? 'YYYY-MM-DD' : undefined}
        onChange={(e) => set(f.path, e.target.value.trim())}
      />
    );
  };

  return (
    <Card size="small" title={t('facts.form.title')} data-testid="key-facts-form">
      <Row gutter={[12, 8]}>
        {FIELDS.map((f) => (
          <Col key={f.path} xs={24} md={12}>
            <div style={{ fontSize: 12, color: '#888' }}>{t(f.labelKey)}</div>
            {input(f)}
          </Col>
        ))}
      </Row>
      <SaveFactsFooter busy={busy} error={error} onSave={() => void save()} testId="save-key-facts" />
    </Card>
  );
}
