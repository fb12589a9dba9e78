import { App, Button, List, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../preload/contract/methods/cases';
import type { ReviewSummary } from '../../../../preload/contract/methods/reviews';
import type { StandardVersionSummary } from '../../../../preload/contract/methods/standards';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';
import { useApi } from '../../hooks/use-api';
import { isTypingTarget } from './review-keys';

/**
 * The suggested standard for a case: one made for exactly this act type beats
 * the three-system checklist that fits every type; a sector standard (ECO24's
 * 生态环境) wins only for a case of that sector; otherwise the general
 * 100-point sheet.
 */
export function suggestStandard(
  list: StandardVersionSummary[],
  record: Pick<CaseRecord, 'actType' | 'sector'>,
): StandardVersionSummary | undefined {
  const sectorMatch = (s: StandardVersionSummary) =>
    record.sector && s.name.includes(record.sector) ? 0 : 1;
  const general = (s: StandardVersionSummary) => (s.formulaKind === 'sum_100' ? 0 : 1);
  const ranked = list
    .filter((s) => s.actTypes.includes(record.actType))
    .sort(
      (a, b) =>
        sectorMatch(a) - sectorMatch(b) ||
        a.actTypes.length - b.actTypes.length ||
        general(a) - general(b) ||
        Number(b.builtin) - Number(a.builtin),
    );
  return ranked[0] ?? list[0];
}

export function StandardChooser({
  record,
  existing,
  onOpen,
}: {
  record: CaseRecord;
  existing: ReviewSummary[];
  onOpen: (reviewId: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const standards = useApi('standards.list', {});
  const list = standards.data ?? [];
  const suggested = suggestStandard(list, record);
  const [chosen, setChosen] = useState<string>();
  const versionId = chosen ?? suggested?.id;
  const startButton = useRef<HTMLButtonElement>(null);
  // Focus the start button once the list has loaded, so Enter starts the suggested review.
  useEffect(() => {
    if (versionId) startButton.current?.focus();
  }, [versionId]);
  const startRef = useRef<() => void>(() => undefined);
  useEffect(() => {
    startRef.current = () => void start();
  });
  // Enter anywhere outside a field or another control starts it too (keyboard-only flow).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || isTypingTarget(event.target)) return;
      if (event.target instanceof HTMLElement && event.target.closest('button, a, [role="tab"]')) return;
      event.preventDefault();
      startRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const start = async () => {
    if (!versionId) return;
    try {
      const view = await callOrThrow('reviews.openOrCreate', {
        caseId: record.id,
        standardVersionId: versionId,
      });
      onOpen(view.review.id);
    } catch (error) {
      message.error(error instanceof ApiCallError ? error.message : String(error));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{t('review.chooseStandard')}</Typography.Text>
        <Select
          style={{ minWidth: 460 }}
          loading={standards.loading}
          value={versionId}
          onChange={setChosen}
          aria-label={t('review.chooseStandard')}
          options={list.map((s) => ({
            value: s.id,
            label: `${s.name}（${s.code}@${s.version}）${s.id === suggested?.id ? ` · ${t('review.suggested')}` : ''}`,
          }))}
        />
        {/* autoFocus: Enter starts the suggested review without touching the mouse. */}
        <Button
          type="primary"
          autoFocus
          disabled={!versionId}
          onClick={() => void start()}
          data-testid="start-review"
        >
          {t('review.start')}
        </Button>
      </Space>
      {existing.length > 0 ? (
        <List
          size="small"
          header={t('review.existing')}
          dataSource={existing}
          renderItem={(r) => (
            <List.Item
              actions={[
                <a key="open" onClick={() => onOpen(r.id)}>
                  {t('review.open')}
                </a>,
              ]}
            >
              {r.standardName} · {r.reviewer.name} · {r.total} · {r.grade}{' '}
              <Tag>{t(`review.status.${r.status}`)}</Tag>
            </List.Item>
          )}
        />
      ) : null}
    </Space>
  );
}
