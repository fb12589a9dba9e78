import { App, Button, Space, Spin, Typography, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ItemFinding } from '../../../../preload/contract/methods/reviews';
import { listItems } from '../../../../preload/contract/model/standard/walk';
import { callOrThrow } from '../../api/call-or-throw';
import { useApi } from '../../hooks/use-api';
import { Checklist } from './checklist';
import { ItemEvidence } from '../../annotations/item-evidence';
import { DossierPane } from './dossier-pane';
import { bumpOccurrences, setStatusOk, takesValue, toggleOption, toggleVeto } from './finding-edits';
import { ItemDetail } from './item-detail';
import { ItemHistoryDrawer } from './item-history-drawer';
import { KeyboardHelp } from './keyboard-help';
import { actionFor, isTypingTarget, type ReviewAction } from './review-keys';
import { ScoreBar } from './score-bar';
import { OpinionButton } from '../reports/opinion-button';
import { useReview } from './use-review';
import { ValuePrompt, type PromptRequest } from './value-prompt';

/** The checklist beside the dossier, driven by mouse or entirely by keyboard (see review-keys.ts). */
export function ReviewWorkspace({
  reviewId,
  caseId,
  onSwitch,
}: {
  reviewId: string;
  caseId: string;
  onSwitch: () => void;
}) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const review = useReview(reviewId);
  const checks = useApi('checks.run', { caseId });
  const [current, setCurrent] = useState(0);
  const [help, setHelp] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const [prompt, setPrompt] = useState<PromptRequest | null>(null);
  const noteRef = useRef<InputRef>(null);
  const { view } = review;

  const standard = view?.standard;
  const results = view?.results;
  const report = view?.report;
  const locations = useMemo(() => (standard ? listItems(standard) : []), [standard]);
  // Saved results carry their code and timestamps; a finding sent back to the API must not.
  const findings = useMemo(
    () =>
      new Map<string, ItemFinding>(
        (results ?? []).map(({ itemCode, createdAt: _c, updatedAt: _u, ...finding }) => [itemCode, finding]),
      ),
    [results],
  );
  const scores = useMemo(() => new Map((report?.items ?? []).map((s) => [s.itemCode, s])), [report]);
  const readOnly = view?.review.status !== 'draft';

  useEffect(() => {
    const code = locations[current]?.item.code;
    if (code) document.getElementById(`review-item-${code}`)?.scrollIntoView({ block: 'nearest' });
  }, [current, locations]);

  const suggestionsFor = (ruleIds: string[]) =>
    (checks.data?.findings ?? []).filter((f) => ruleIds.includes(f.ruleId));

  const askNa = (code: string) => {
    const finding = findings.get(code) ?? null;
    setPrompt({
      title: `${code} ${t('review.status_na')}`,
      fields: [
        {
          name: 'reason',
          label: t('review.naReason'),
          kind: 'text',
          required: true,
          initial: finding?.status === 'na' ? finding.reason : '',
        },
      ],
      onSubmit: (v) =>
        review.setItem(code, {
          status: 'na',
          reason: String(v.reason ?? '').trim(),
          ...(finding?.note ? { note: finding.note } : {}),
        }),
    });
  };

  const askValue = (index: number) => {
    const location = locations[index];
    if (!location || !takesValue(location.item)) return;
    const { item } = location;
    const finding = findings.get(item.code) ?? null;
    const isRange = item.mode === 'range';
    setPrompt({
      title: `${item.code} ${item.title}`,
      fields: [
        {
          name: 'value',
          kind: 'number',
          required: true,
          label: isRange
            ? t('review.rangeValue', { min: item.range?.min ?? 0, max: item.range?.max ?? item.points })
            : t('review.awardValue', { max: item.points }),
          min: isRange ? (item.range?.min ?? 0) : 0,
          max: isRange ? (item.range?.max ?? item.points) : item.points,
          initial: finding?.rangeValue,
        },
        ...(isRange
          ? [
              {
                name: 'reason',
                kind: 'text' as const,
                required: true,
                label: t('review.rangeReason'),
                initial: finding?.reason,
              },
            ]
          : []),
      ],
      onSubmit: (v) =>
        review.setItem(item.code, {
          status: 'deduct',
          rangeValue: Number(v.value),
          ...(isRange ? { reason: String(v.reason ?? '').trim() } : {}),
          ...(finding?.note ? { note: finding.note } : {}),
        }),
    });
  };

  const submit = () => {
    // While the dialog is open (also while it animates in, before it takes focus) its keys are its own.
    setConfirming(true);
    modal.confirm({
      title: t('review.submit'),
      content: t('review.submitConfirm'),
      okText: t('review.submit'),
      cancelText: t('review.cancel'),
      autoFocusButton: 'ok',
      onOk: () => review.submit(),
      afterClose: () => setConfirming(false),
    });
  };

  const reopen = () =>
    setPrompt({
      title: t('review.reopen'),
      fields: [{ name: 'reason', label: t('review.reopenReason'), kind: 'text', required: true }],
      onSubmit: (v) => void review.reopen(String(v.reason ?? '').trim()),
    });

  const perform = (action: ReviewAction, key: string) => {
    const location = locations[current];
    if (!view || !location) return;
    const { item } = location;
    const finding = findings.get(item.code) ?? null;
    const excluded = scores.get(item.code)?.na === 'applicability';
    const write = (next: ItemFinding | null | undefined) => {
      if (next === undefined || readOnly || excluded) return;
      review.setItem(item.code, next);
    };
    const move = (delta: number) => setCurrent((i) => Math.min(locations.length - 1, Math.max(0, i + delta)));
    switch (action) {
      case 'next':
        return move(1);
      case 'prev':
        return move(-1);
      case 'ok':
        return write(setStatusOk(finding));
      case 'okNext':
        if (!finding) write(setStatusOk(null));
        return move(1);
      case 'option':
        return write(toggleOption(item, finding, Number(key) - 1));
      case 'more':
        return write(bumpOccurrences(item, finding, 1));
      case 'less':
        return write(bumpOccurrences(item, finding, -1));
      case 'range':
        return readOnly || excluded ? undefined : askValue(current);
      case 'na':
        return readOnly || excluded || !item.allowNa ? undefined : askNa(item.code);
      case 'veto':
        return write(toggleVeto(item, finding));
      case 'clear':
        return write(null);
      case 'note':
        return readOnly ? undefined : noteRef.current?.focus();
      case 'history':
        return setHistoryOf(item.code);
      case 'accept':
      case 'reject': {
        const open = suggestionsFor(item.ruleIds).find(
          (s) => !view.suggestionDecisions.some((d) => d.itemCode === item.code && d.ruleId === s.ruleId),
        );
        if (open && !readOnly)
          void review.decide(item.code, open.ruleId, action === 'accept' ? 'accepted' : 'rejected');
        return;
      }
      case 'submit':
        return readOnly ? undefined : submit();
      case 'nextCase':
        // Every change is already saved (autosave), so moving on loses nothing.
        void callOrThrow('cases.next', { id: caseId }).then(
          ({ id }) => {
            if (id) void navigate(`/cases/${id}?tab=review`);
            else void message.info(t('review.lastCase'));
          },
          (error: Error) => void message.error(error.message),
        );
        return;
      case 'help':
        return setHelp((h) => !h);
    }
  };

  const overlayOpen = help || confirming || prompt !== null || historyOf !== null;
  const performRef = useRef(perform);
  useEffect(() => {
    performRef.current = overlayOpen ? () => undefined : perform;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      const action = actionFor(event);
      if (!action) return;
      event.preventDefault();
      performRef.current(action, event.key);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!view) return <Spin tip={t('review.loading')} />;

  return (
    <div data-testid="review-workspace">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <ScoreBar view={view} saving={review.saving} savedAt={review.savedAt} />
        <Space wrap>
          <Typography.Text type="secondary">
            {view.review.standardName}（{view.review.standardCode}@{view.review.standardVersion}）·{' '}
            {t('review.reviewer')}：{view.review.reviewer.name}
          </Typography.Text>
          <Button onClick={() => setHelp(true)}>{t('review.help')} (?)</Button>
          <Button onClick={() => setHistoryOf('')}>{t('review.history')}</Button>
          <Button onClick={onSwitch}>{t('review.chooseStandard')}</Button>
          <OpinionButton caseId={caseId} reviewId={view.review.id} />
          {readOnly ? (
            <Button onClick={reopen} data-testid="reopen">
              {t('review.reopen')}
            </Button>
          ) : (
            <Button type="primary" onClick={submit} data-testid="submit-review">
              {t('review.submit')}
            </Button>
          )}
        </Space>
      </Space>
      {readOnly ? <Typography.Paragraph type="warning">{t('review.locked')}</Typography.Paragraph> : null}
      <div
        style={{
          display: 'flex',
          height: 'calc(100vh - 250px)',
          minHeight: 420,
          border: '1px solid #f0f0f0',
        }}
      >
        <div style={{ flex: '1 1 55%', overflow: 'auto', padding: '0 8px' }}>
          <Checklist
            locations={locations}
            findings={findings}
            scores={scores}
            current={current}
            onSelect={setCurrent}
            renderDetail={(index) => {
              const item = locations[index]!.item;
              return (
                <ItemDetail
                  item={item}
                  finding={findings.get(item.code) ?? null}
                  readOnly={readOnly || scores.get(item.code)?.na === 'applicability'}
                  suggestions={suggestionsFor(item.ruleIds)}
                  decisions={view.suggestionDecisions}
                  evidence={
                    <ItemEvidence
                      caseId={caseId}
                      itemCode={item.code}
                      ruleIds={item.ruleIds}
                      readOnly={readOnly}
                    />
                  }
                  noteRef={noteRef}
                  onChange={(f) => review.setItem(item.code, f)}
                  onAskNa={() => askNa(item.code)}
                  onAskValue={() => askValue(index)}
                  onDecide={(ruleId, decision) => void review.decide(item.code, ruleId, decision)}
                />
              );
            }}
          />
        </div>
        <div style={{ flex: '1 1 45%', borderLeft: '1px solid #f0f0f0', minWidth: 0 }}>
          <DossierPane caseId={caseId} itemCode={locations[current]?.item.code} />
        </div>
      </div>
      <KeyboardHelp open={help} onClose={() => setHelp(false)} />
      <ValuePrompt request={prompt} onClose={() => setPrompt(null)} />
      {historyOf !== null ? (
        <ItemHistoryDrawer
          reviewId={reviewId}
          itemCode={historyOf === '' ? undefined : historyOf}
          onClose={() => setHistoryOf(null)}
        />
      ) : null}
    </div>
  );
}
