import { Tag, Tooltip, Typography } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemFinding } from '../../../../preload/contract/methods/reviews';
import type { ItemLocation } from '../../../../preload/contract/model/standard/walk';
import type { ItemScore } from '../../../../preload/contract/model/score-report';
import { describeCondition } from './describe-condition';

const STATUS_COLORS: Record<ItemFinding['status'], string> = {
  ok: 'green',
  deduct: 'orange',
  na: 'default',
  veto: 'red',
};

/** Why an item is (or may be) excluded by the case facts, in words. */
function applicabilityNote(location: ItemLocation): string {
  const conditions = [...location.sections.map((s) => s.appliesWhen), location.item.appliesWhen].filter(
    (c) => c !== undefined,
  );
  return conditions.map(describeCondition).join(' 且 ');
}

export interface ChecklistProps {
  locations: ItemLocation[];
  findings: Map<string, ItemFinding>;
  scores: Map<string, ItemScore>;
  current: number;
  onSelect(index: number): void;
  renderDetail(index: number): ReactNode;
}

/** Sections and items in document order; the current item is expanded in place. */
export function Checklist({ locations, findings, scores, current, onSelect, renderDetail }: ChecklistProps) {
  const { t } = useTranslation();
  let lastSection = '';
  return (
    <div role="list" data-testid="checklist">
      {locations.map((location, index) => {
        const { item } = location;
        const section = location.sections[location.sections.length - 1];
        const header = section && section.code !== lastSection ? section : undefined;
        if (section) lastSection = section.code;
        const finding = findings.get(item.code) ?? null;
        const score = scores.get(item.code);
        const excluded = score?.na === 'applicability';
        const unknown = score?.applicability === 'unknown';
        const isCurrent = index === current;
        return (
          <Fragment key={item.code}>
            {header ? (
              <Typography.Title
                level={5}
                style={{ margin: '12px 0 4px', paddingLeft: 8 * (location.sections.length - 1) }}
              >
                {header.title}
              </Typography.Title>
            ) : null}
            <div
              role="listitem"
              id={`review-item-${item.code}`}
              data-testid={`item-${item.code}`}
              data-status={excluded ? 'excluded' : (finding?.status ?? 'unscored')}
              aria-current={isCurrent ? 'true' : undefined}
              onClick={() => onSelect(index)}
              style={{
                padding: '6px 8px',
                cursor: 'pointer',
                borderLeft: isCurrent ? '3px solid #1677ff' : '3px solid transparent',
                background: isCurrent ? '#e6f4ff' : undefined,
                opacity: excluded ? 0.55 : 1,
                display: 'flex',
                gap: 8,
                alignItems: 'baseline',
              }}
            >
              <Typography.Text strong style={{ minWidth: 40 }}>
                {item.code}
              </Typography.Text>
              <span style={{ flex: 1 }}>
                {item.title}
                {excluded ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                    {t('review.naByFacts', { why: applicabilityNote(location) })}
                  </Typography.Text>
                ) : unknown ? (
                  <Tooltip title={t('review.naUnknown', { why: applicabilityNote(location) })}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {' '}
                      ⓘ
                    </Typography.Text>
                  </Tooltip>
                ) : null}
              </span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.veto && item.points === 0
                  ? t('review.status_veto')
                  : t('review.points', { points: item.points })}
              </Typography.Text>
              {excluded ? (
                <Tag>{t('review.status_na')}</Tag>
              ) : finding ? (
                <Tag color={STATUS_COLORS[finding.status]}>
                  {t(`review.status_${finding.status}`)}
                  {finding.status === 'deduct' && score ? ` −${score.deduction}` : ''}
                </Tag>
              ) : (
                <Tag bordered={false}>{t('review.unscored')}</Tag>
              )}
            </div>
            {isCurrent ? renderDetail(index) : null}
          </Fragment>
        );
      })}
    </div>
  );
}
