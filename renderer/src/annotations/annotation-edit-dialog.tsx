import { App, Input, Modal, Radio, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, AnnotationCategory } from '../../../preload/contract/methods/annotations';
import { callOrThrow } from '../api/call-or-throw';
import { notifyAnnotationsChanged } from './annotation-events';

/** Edits an annotation's category, comment and linked item codes (the anchor stays where it was made). */
export function AnnotationEditDialog(p: {
  annotation: Annotation | null;
  categories: AnnotationCategory[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [category, setCategory] = useState('');
  const [body, setBody] = useState('');
  const [items, setItems] = useState<string[]>([]);
  useEffect(() => {
    if (!p.annotation) return;
    setCategory(p.annotation.category);
    setBody(p.annotation.body);
    setItems(p.annotation.itemCodes);
  }, [p.annotation]);

  const save = async () => {
    if (!p.annotation) return;
    try {
      await callOrThrow('annotations.update', {
        id: p.annotation.id,
        category,
        body: body.trim(),
        itemCodes: items,
      });
      notifyAnnotationsChanged(p.annotation.caseId);
      p.onClose();
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  // A category removed from the settings still shows for the annotations that use it.
  const labels = [
    ...new Set([...p.categories.map((c) => c.label), ...(p.annotation ? [p.annotation.category] : [])]),
  ];
  return (
    <Modal
      open={p.annotation !== null}
      title={t('annotations.editTitle')}
      okText={t('annotations.save')}
      cancelText={t('annotations.cancel')}
      onOk={() => void save()}
      onCancel={p.onClose}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }} data-testid="annotation-edit">
        <Radio.Group
          value={category}
          onChange={(e) => setCategory(e.target.value as string)}
          aria-label={t('annotations.category')}
          options={labels.map((l) => ({ value: l, label: l }))}
        />
        <Input.TextArea
          autoFocus
          rows={3}
          maxLength={5000}
          value={body}
          aria-label={t('annotations.body')}
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
          }}
        />
        <Select
          mode="tags"
          style={{ width: '100%' }}
          value={items}
          onChange={setItems}
          placeholder={t('annotations.items')}
          aria-label={t('annotations.items')}
          tokenSeparators={[',', '，', ' ']}
        />
      </Space>
    </Modal>
  );
}
