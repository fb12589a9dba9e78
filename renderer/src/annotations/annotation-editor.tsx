import { App, Checkbox, Input, Modal, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AnnotationAnchor,
  AnnotationCategory,
  AnnotationKind,
} from '../../../preload/contract/methods/annotations';
import { callOrThrow } from '../api/call-or-throw';
import { notifyAnnotationsChanged } from './annotation-events';

export interface PendingAnnotation {
  kind: AnnotationKind;
  anchor: AnnotationAnchor;
}

/**
 * The "新建批注" dialog: category, comment, and (on the review screen) whether
 * it is evidence for the current item. Ctrl+Enter saves.
 */
export function AnnotationEditor(p: {
  caseId: string;
  documentId: string;
  pending: PendingAnnotation | null;
  categories: AnnotationCategory[];
  itemCode?: string | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [category, setCategory] = useState('');
  const [body, setBody] = useState('');
  const [link, setLink] = useState(true);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!p.pending) return;
    setCategory(p.categories[0]?.label ?? '');
    setBody('');
    setLink(true);
  }, [p.pending, p.categories]);

  const quote =
    p.pending && (p.pending.anchor.type === 'pdf-text' || p.pending.anchor.type === 'docx-text')
      ? p.pending.anchor.quote.exact
      : null;

  const save = async () => {
    if (!p.pending || saving) return;
    setSaving(true);
    try {
      await callOrThrow('annotations.create', {
        caseId: p.caseId,
        documentId: p.documentId,
        kind: p.pending.kind,
        anchor: p.pending.anchor,
        category,
        body: body.trim(),
        itemCodes: p.itemCode && link ? [p.itemCode] : [],
      });
      window.getSelection()?.removeAllRanges();
      notifyAnnotationsChanged(p.caseId);
      void message.success(t('annotations.saved'));
      p.onClose();
    } catch (e) {
      void message.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={p.pending !== null}
      title={p.pending ? t('annotations.newTitle', { kind: t(`annotations.kind.${p.pending.kind}`) }) : ''}
      okText={t('annotations.save')}
      cancelText={t('annotations.cancel')}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={p.onClose}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }} data-testid="annotation-editor">
        {quote ? (
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }} style={{ marginBottom: 0 }}>
            “{quote}”
          </Typography.Paragraph>
        ) : null}
        <Radio.Group
          value={category}
          onChange={(e) => setCategory(e.target.value as string)}
          aria-label={t('annotations.category')}
          options={p.categories.map((c) => ({
            value: c.label,
            label: <span style={{ borderBottom: `3px solid ${c.color}` }}>{c.label}</span>,
          }))}
        />
        <Input.TextArea
          autoFocus
          rows={3}
          maxLength={5000}
          value={body}
          placeholder={t('annotations.bodyPlaceholder')}
          aria-label={t('annotations.body')}
          data-testid="annotation-body"
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
          }}
        />
        {p.itemCode ? (
          <Checkbox
            checked={link}
            onChange={(e) => setLink(e.target.checked)}
            data-testid="annotation-link-item"
          >
            {t('annotations.linkCurrentItem', { code: p.itemCode })}
          </Checkbox>
        ) : null}
      </Space>
    </Modal>
  );
}
