import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../hooks/use-api';

/**
 * The item's entries in the hash-chained audit log, under its history: chain
 * position, action, who, and the start of the entry's hash, so a printed
 * history can be checked against `audit verify`.
 */
export function ItemAuditTrail({ reviewId, itemCode }: { reviewId: string; itemCode: string }) {
  const { t } = useTranslation();
  const entries = useApi('audit.list', { entityType: 'review_item', entityId: `${reviewId}:${itemCode}` });
  const list = entries.data ?? [];
  return (
    <div data-testid="item-audit" style={{ marginTop: 16 }}>
      <Typography.Text strong>{t('audit.title')}</Typography.Text>
      {list.length === 0 ? (
        <div>
          <Typography.Text type="secondary">{t('audit.none')}</Typography.Text>
        </div>
      ) : (
        list.map((e) => (
          <div key={`${e.origin}:${e.seq}`} style={{ fontSize: 12 }}>
            <Typography.Text>
              {t('audit.entry', { seq: e.seq, action: e.action, actor: e.actor.name })}
              {e.local ? '' : `（${t('audit.imported')}）`}
            </Typography.Text>{' '}
            <Typography.Text type="secondary" code>
              {e.hash.slice(0, 12)}
            </Typography.Text>
          </div>
        ))
      )}
    </div>
  );
}
