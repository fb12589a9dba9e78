import { Button, List, Popconfirm, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { memo, useMemo, useRef, type RefObject } from 'react';
import type { TFunction } from 'i18next';
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

/** The file's own metadata (title, author, created), shown as the file name's tooltip. */
function metadataLine(doc: DocumentSummary, t: TFunction): string {
  return [
    doc.title ? t('documents.metaTitle', { value: doc.title }) : '',
    doc.author ? t('documents.metaAuthor', { value: doc.author }) : '',
    doc.created ? t('documents.metaCreated', { value: doc.created.slice(0, 10) }) : '',
  ]
    .filter(Boolean)
    .join('；');
}

/** 卷内目录: documents in dossier order with type (correctable), page range and text status. */
export function DocumentCatalog(props: CatalogProps) {
  const { t } = useTranslation();
  const { docs, types, selectedId } = props;
  // Rows read the latest callbacks through a ref, so a row re-renders only when its
  // own data changes (opening a document re-renders two rows, not every Select).
  const handlers = useRef(props);
  handlers.current = props;
  const typeOptions = useMemo(() => types.map((ty) => ({ value: ty.code, label: ty.label })), [types]);
  return (
    <List
      size="small"
      data-testid="catalog"
      dataSource={docs}
      locale={{ emptyText: t('documents.empty') }}
      renderItem={(doc, index) => (
        <CatalogRow
          key={doc.id}
          doc={doc}
          index={index}
          last={index === docs.length - 1}
          selected={doc.id === selectedId}
          typeOptions={typeOptions}
          handlers={handlers}
        />
      )}
    />
  );
}

interface RowProps {
  doc: DocumentSummary;
  index: number;
  last: boolean;
  selected: boolean;
  typeOptions: { value: string; label: string }[];
  handlers: RefObject<CatalogProps>;
}

const CatalogRow = memo(function CatalogRow({ doc, index, last, selected, typeOptions, handlers }: RowProps) {
  const { t } = useTranslation();
  return (
    <List.Item
      key={doc.id}
      onClick={() => handlers.current.onSelect(doc.id)}
      style={{
        cursor: 'pointer',
        background: selected ? '#e6f4ff' : undefined,
        display: 'block',
        padding: '8px 10px',
      }}
      aria-selected={selected}
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
        <Typography.Text
          type="secondary"
          ellipsis
          style={{ fontSize: 12, maxWidth: 300 }}
          title={metadataLine(doc, t) || undefined}
        >
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
            options={typeOptions}
            onChange={(value) => handlers.current.onSetType(doc.id, value ?? null)}
            aria-label={t('documents.type')}
          />
          {doc.docTypeConfidence !== null && doc.docTypeConfidence < 1 ? (
            <Tooltip title={t('documents.confidence')}>
              <Tag>{Math.round(doc.docTypeConfidence * 100)}%</Tag>
            </Tooltip>
          ) : null}
          {doc.textStatus !== 'ok' && doc.viewer !== 'audio' && doc.viewer !== 'video' ? (
            <Tag color={TEXT_STATUS_COLOR[doc.textStatus]}>{t(`documents.textStatus.${doc.textStatus}`)}</Tag>
          ) : null}
          <Button
            size="small"
            aria-label={t('documents.moveUp')}
            disabled={index === 0}
            onClick={() => handlers.current.onMove(doc.id, -1)}
          >
            ↑
          </Button>
          <Button
            size="small"
            aria-label={t('documents.moveDown')}
            disabled={last}
            onClick={() => handlers.current.onMove(doc.id, 1)}
          >
            ↓
          </Button>
          <Popconfirm
            title={t('documents.confirmRemove')}
            onConfirm={() => handlers.current.onRemove(doc.id)}
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
  );
});
