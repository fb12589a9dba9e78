import { Button, List, Popconfirm, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocTypeOption, DocumentSummary } from '../../../../../preload/contract/methods/documents';

export interface CatalogProps {
  docs: DocumentSummary[];
  types: DocTypeOption[];
  selectedId: string | undefined;
  onSelect(id: string): void;
  onSetType(id: string, docType: string | null): void;
  onMove(id: string, delta: -1 | 1): void;
  onRemove(id: string): void;
}

const TEXT_STATUS_COLOR = { ok: 'green', partial: 'orange', none: 'red', failed: 'red' } as const;

/** 卷内目录: documents in dossier order with type (correctable), page range and text status. */
export function DocumentCatalog({
  docs,
  types,
  selectedId,
  onSelect,
  onSetType,
  onMove,
  onRemove,
}: CatalogProps) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      data-testid="catalog"
      dataSource={docs}
      locale={{ emptyText: t('documents.empty') }}
      renderItem={(doc, index) => (
        <List.Item
          key={doc.id}
          onClick={() => onSelect(doc.id)}
          style={{
            cursor: 'pointer',
            background: doc.id === selectedId ? '#e6f4ff' : undefined,
            display: 'block',
            padding: '8px 10px',
          }}
          aria-selected={doc.id === selectedId}
        >
          <Space direction="vertical" size={2} style={{ width: '100%' }}>
            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Text strong ellipsis style={{ maxWidth: 230 }} title={doc.fileName}>
                {index + 1}. {doc.docTypeLabel ?? doc.fileName}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {doc.pages
                  ? doc.pages.from === doc.pages.to
                    ? t('documents.page', { n: doc.pages.from })
                    : t('documents.pages', { from: doc.pages.from, to: doc.pages.to })
                  : ''}
              </Typography.Text>
            </Space>
            <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 300 }}>
              {doc.fileName}
            </Typography.Text>
            <Space size={4} wrap onClick={(e) => e.stopPropagation()}>
              <Select
                size="small"
                style={{ width: 170 }}
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder={t('documents.typeUnknown')}
                value={doc.docType ?? undefined}
                options={types.map((ty) => ({ value: ty.code, label: ty.label }))}
                onChange={(value) => onSetType(doc.id, value ?? null)}
                aria-label={t('documents.type')}
              />
              {doc.docTypeConfidence !== null && doc.docTypeConfidence < 1 ? (
                <Tooltip title={t('documents.confidence')}>
                  <Tag>{Math.round(doc.docTypeConfidence * 100)}%</Tag>
                </Tooltip>
              ) : null}
              {doc.textStatus !== 'ok' && doc.viewer !== 'audio' && doc.viewer !== 'video' ? (
                <Tag color={TEXT_STATUS_COLOR[doc.textStatus]}>
                  {t(`documents.textStatus.${doc.textStatus}`)}
                </Tag>
              ) : null}
              <Button
                size="small"
                aria-label={t('documents.moveUp')}
                disabled={index === 0}
                onClick={() => onMove(doc.id, -1)}
              >
                ↑
              </Button>
              <Button
                size="small"
                aria-label={t('documents.moveDown')}
                disabled={index === docs.length - 1}
                onClick={() => onMove(doc.id, 1)}
              >
                ↓
              </Button>
              <Popconfirm
                title={t('documents.confirmRemove')}
                onConfirm={() => onRemove(doc.id)}
                okText={t('common.remove')}
                cancelText={t('common.cancel')}
              >
                <Button size="small" danger type="text">
                  {t('common.remove')}
                </Button>
              </Popconfirm>
            </Space>
            {doc.warnings.length > 0 ? (
              <Typography.Text type="warning" style={{ fontSize: 12 }}>
                {doc.warnings.join('；')}
              </Typography.Text>
            ) : null}
          </Space>
        </List.Item>
      )}
    />
  );
}
