import { Drawer, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { releaseDialogFocus } from './review-keys';
import { ItemAuditTrail } from './item-audit-trail';
import type { HistoryEntry, ItemFinding } from '../../../../preload/contract/methods/reviews';
import { useApi } from '../../hooks/use-api';

const KIND_LABELS: Record<HistoryEntry['kind'], string> = {
  created: '创建评查',
  set: '修改',
  cleared: '清除',
  submitted: '提交',
  reopened: '重新打开',
  suggestion_accepted: '采纳预检建议',
  suggestion_rejected: '不采纳预检建议',
};

const STATUS_LABELS: Record<ItemFinding['status'], string> = {
  ok: '符合',
  deduct: '扣分',
  na: '不适用',
  veto: '否决',
};

export function describeFinding(f: ItemFinding | null): string {
  if (!f) return '未评';
  const parts: string[] = [STATUS_LABELS[f.status]];
  if (f.optionIds?.length) parts.push(`选项 ${f.optionIds.join('、')}`);
  if (typeof f.occurrences === 'number') parts.push(`${f.occurrences} 次`);
  if (f.rangeValue !== undefined) parts.push(`值 ${f.rangeValue}`);
  if (f.reason) parts.push(`理由：${f.reason}`);
  if (f.note) parts.push(`备注：${f.note}`);
  return parts.join('，');
}

/** Who changed this item when, from what to what (review_history, append-only). */
export function ItemHistoryDrawer({
  reviewId,
  itemCode,
  onClose,
}: {
  reviewId: string;
  itemCode: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const history = useApi('reviews.history', itemCode ? { id: reviewId, itemCode } : { id: reviewId });
  const entries = history.data ?? [];
  return (
    <Drawer
      open
      onClose={onClose}
      afterOpenChange={(open) => !open && releaseDialogFocus()}
      title={`${t('review.history')} ${itemCode ?? ''}`}
      width={460}
    >
      {entries.length === 0 ? (
        <Empty description={t('review.noHistory')} />
      ) : (
        <Timeline
          data-testid="item-history"
          items={entries.map((h) => ({
            key: h.id,
            children: (
              <div>
                <Typography.Text strong>{KIND_LABELS[h.kind]}</Typography.Text>
                {h.ruleId ? <Typography.Text> {h.ruleId}</Typography.Text> : null}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {new Date(h.at).toLocaleString()} · {h.actor.name}
                    {h.actor.role ? `（${h.actor.role}）` : ''}
                  </Typography.Text>
                </div>
                {h.kind === 'set' || h.kind === 'cleared' ? (
                  <div>
                    {describeFinding(h.oldValue)} → {describeFinding(h.newValue)}
                  </div>
                ) : null}
                {h.reason ? <div>{h.reason}</div> : null}
              </div>
            ),
          }))}
        />
      )}
      {itemCode ? <ItemAuditTrail reviewId={reviewId} itemCode={itemCode} /> : null}
    </Drawer>
  );
}
