import { Alert, Button, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type {
  CaseTimeline as Data,
  TimelineDeadline,
  TimelineEvent,
} from '../../../../preload/contract/methods/checks';
import { useOpenEvidence } from './use-open-evidence';

const STATUS_COLORS: Record<TimelineDeadline['status'], string> = {
  met: 'green',
  violated: 'red',
  open: 'default',
  unknown: 'orange',
};

function DeadlineLine({ d }: { d: TimelineDeadline }) {
  const { t } = useTranslation();
  const violated = d.status === 'violated';
  return (
    <div
      data-testid={violated ? 'deadline-violated' : 'deadline'}
      style={{ color: violated ? '#cf1322' : undefined, fontSize: 13 }}
    >
      <Tag color={STATUS_COLORS[d.status]}>{t(`timeline.status.${d.status}`)}</Tag>
      {t('timeline.deadline', {
        label: d.label,
        period: d.period,
        lastDay: d.lastDay ?? t('timeline.noLastDay'),
      })}
      {d.mode === 'after' ? t('timeline.after') : ''}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, whiteSpace: 'pre-wrap' }}>
        {d.explanation}（{d.ruleId}）
      </Typography.Text>
    </div>
  );
}

function EventBody({ e, deadlines }: { e: TimelineEvent; deadlines: TimelineDeadline[] }) {
  const { t } = useTranslation();
  const open = useOpenEvidence();
  const red = e.violations.length > 0;
  return (
    <div
      data-testid={red ? 'timeline-violation' : 'timeline-event'}
      style={{ color: red ? '#cf1322' : undefined }}
    >
      <Space wrap size={6}>
        <Typography.Text strong style={{ color: red ? '#cf1322' : undefined }}>
          {e.date}
          {e.time ? ` ${e.time}` : ''}
        </Typography.Text>
        <Tag>{e.stage}</Tag>
        <Typography.Text style={{ color: red ? '#cf1322' : undefined }}>{e.label}</Typography.Text>
        {e.detail ? <Typography.Text type="secondary">{e.detail}</Typography.Text> : null}
        {e.source ? (
          <Button
            size="small"
            type="link"
            onClick={() => open(e.source!.documentId, e.source!.page, e.source!.quote)}
          >
            {e.source.quote ? `「${e.source.quote}」` : t('checks.evidence')}
          </Button>
        ) : null}
      </Space>
      {red ? <div>{t('timeline.violations', { rules: e.violations.join('、') })}</div> : null}
      {deadlines.map((d) => (
        <DeadlineLine key={d.key} d={d} />
      ))}
    </div>
  );
}

/** 立案 → 调查 → 告知/送达 → … → 结案, with the periods each event starts. */
export function CaseTimeline({ data }: { data: Data }) {
  const { t } = useTranslation();
  return (
    <div data-testid="timeline">
      {data.problems.map((p, i) => (
        <Alert
          key={i}
          type="warning"
          showIcon
          style={{ marginBottom: 8, whiteSpace: 'pre-wrap' }}
          message={p}
        />
      ))}
      {data.events.length === 0 ? (
        <Empty description={t('timeline.empty')} />
      ) : (
        <Timeline
          items={data.events.map((e) => ({
            key: e.key,
            color: e.violations.length > 0 ? 'red' : 'blue',
            content: <EventBody e={e} deadlines={data.deadlines.filter((d) => d.fromKey === e.key)} />,
          }))}
        />
      )}
    </div>
  );
}
