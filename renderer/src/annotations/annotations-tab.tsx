import { App, Button, Empty, Input, Select, Space, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../preload/contract/methods/annotations';
import { callOrThrow } from '../api/call-or-throw';
import { useApi } from '../hooks/use-api';
import { download } from '../pages/standards/file-transfer';
import { AnnotatableViewer } from './annotatable-viewer';
import { focusAnnotation, notifyAnnotationsChanged } from './annotation-events';
import { AnnotationList } from './annotation-list';
import { useAnnotationSettings, useCaseAnnotations } from './use-case-annotations';

/** 批注 tab of a case: filters, the list, and the viewer beside it that jumps to and flashes the annotation. */
export function AnnotationsTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<{
    documentId?: string;
    author?: string;
    category?: string;
    itemCode?: string;
  }>({});
  const all = useCaseAnnotations({ caseId });
  const shown = useCaseAnnotations({ caseId, ...filter });
  const docs = useApi('documents.list', { caseId });
  const settings = useAnnotationSettings();
  const [docId, setDocId] = useState<string>();
  const [focus, setFocus] = useState<Annotation | null>(null);
  const doc = (docs.data ?? []).find((d) => d.id === docId);
  const authors = useMemo(() => [...new Set((all.data ?? []).map((a) => a.author.name))], [all.data]);

  const jump = (a: Annotation) => {
    if (a.orphaned) return void message.warning(t('annotations.orphanedHint'));
    if (a.documentId === docId) return focusAnnotation(a);
    setFocus(a);
    setDocId(a.documentId);
  };

  const exportW3c = async () => {
    try {
      const out = await callOrThrow('annotations.exportW3c', { caseId });
      download(out.fileName, out.json, 'application/ld+json');
    } catch (e) {
      void message.error((e as Error).message);
    }
  };
  const importW3c = async (file: File) => {
    try {
      const r = await callOrThrow('annotations.importW3c', { json: await file.text() });
      notifyAnnotationsChanged(caseId);
      void message.success(t('annotations.imported', { ...r }));
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  const clearable = { allowClear: true, size: 'small' as const, style: { minWidth: 140 } };
  return (
    <div
      style={{ display: 'flex', gap: 12, height: 'calc(100vh - 220px)', minHeight: 400 }}
      data-testid="annotations-tab"
    >
      <div style={{ flex: '1 1 50%', minWidth: 0, overflow: 'auto' }}>
        <Space wrap style={{ marginBottom: 8 }}>
          <Select
            {...clearable}
            placeholder={t('annotations.document')}
            aria-label={t('annotations.document')}
            value={filter.documentId}
            onChange={(v?: string) => setFilter((f) => ({ ...f, documentId: v }))}
            options={(docs.data ?? []).map((d) => ({ value: d.id, label: d.docTypeLabel ?? d.fileName }))}
          />
          <Select
            {...clearable}
            placeholder={t('annotations.author')}
            aria-label={t('annotations.author')}
            value={filter.author}
            onChange={(v?: string) => setFilter((f) => ({ ...f, author: v }))}
            options={authors.map((a) => ({ value: a, label: a }))}
          />
          <Select
            {...clearable}
            placeholder={t('annotations.category')}
            aria-label={t('annotations.category')}
            value={filter.category}
            onChange={(v?: string) => setFilter((f) => ({ ...f, category: v }))}
            options={(settings.data?.categories ?? []).map((c) => ({ value: c.label, label: c.label }))}
          />
          <Input
            size="small"
            allowClear
            style={{ width: 120 }}
            placeholder={t('annotations.itemCode')}
            aria-label={t('annotations.itemCode')}
            onChange={(e) => setFilter((f) => ({ ...f, itemCode: e.target.value.trim() || undefined }))}
          />
          <Button size="small" onClick={() => void exportW3c()} data-testid="annotations-export-w3c">
            {t('annotations.exportW3c')}
          </Button>
          <Upload
            accept=".json,.jsonld"
            showUploadList={false}
            beforeUpload={(file) => {
              void importW3c(file);
              return false;
            }}
          >
            <Button size="small">{t('annotations.importW3c')}</Button>
          </Upload>
        </Space>
        <AnnotationList
          caseId={caseId}
          annotations={shown.data ?? []}
          categories={settings.data?.categories ?? []}
          loading={shown.loading && !shown.data}
          onJump={jump}
        />
      </div>
      <div style={{ flex: '1 1 50%', minWidth: 0, borderLeft: '1px solid #f0f0f0' }}>
        {doc ? (
          <AnnotatableViewer
            key={doc.id}
            caseId={caseId}
            doc={doc}
            initialFocus={focus}
            onOpenDocument={setDocId}
          />
        ) : (
          <Empty style={{ marginTop: 64 }} description={t('annotations.pickOne')} />
        )}
      </div>
    </div>
  );
}
