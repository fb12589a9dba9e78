import { App, Button, Space, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Annotation,
  AnnotationAnchor,
  AnnotationKind,
} from '../../../preload/contract/methods/annotations';
import type { DocumentSummary } from '../../../preload/contract/methods/documents';
import { callOrThrow } from '../api/call-or-throw';
import { base64ToBytes, download } from '../pages/standards/file-transfer';
import { DocumentViewer } from '../viewer/document-viewer';
import { AnnotationEditor, type PendingAnnotation } from './annotation-editor';
import { useFocusRequests } from './annotation-events';
import { DocxAnnotationLayer } from './docx-annotation-layer';
import { annotatedDocxHtml } from './docx-html-export';
import { ImageAnnotationLayer } from './image-annotation-layer';
import { MediaNotes } from './media-notes';
import { PdfAnnotationLayer } from './pdf-annotation-layer';
import { useAnnotationSettings, useCaseAnnotations } from './use-case-annotations';

export interface AnnotatableViewerProps {
  caseId: string;
  doc: DocumentSummary;
  /** The review item in focus: new annotations can be linked to it as evidence. */
  itemCode?: string | undefined;
  /** Asked to show another document (a jump to an annotation elsewhere in the case). */
  onOpenDocument?(documentId: string): void;
  /** An annotation to jump to once this document shows. */
  initialFocus?: Annotation | null;
}

/**
 * The document viewer with annotations: selection toolbar, area mode, the
 * drawing layers, the "新建批注" dialog, jumps and the annotated-PDF export.
 */
export function AnnotatableViewer(p: AnnotatableViewerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { caseId, doc, onOpenDocument } = p;
  const list = useCaseAnnotations({ caseId, documentId: doc.id });
  const settings = useAnnotationSettings();
  const annotations = useMemo(() => list.data ?? [], [list.data]);
  const categories = useMemo(() => settings.data?.categories ?? [], [settings.data]);
  const colors = useMemo(() => new Map(categories.map((c) => [c.label, c.color])), [categories]);
  const [pending, setPending] = useState<PendingAnnotation | null>(null);
  const [areaMode, setAreaMode] = useState(false);
  const [flash, setFlash] = useState<{ id: string; at: number } | null>(null);
  const waiting = useRef<Annotation | null>(p.initialFocus ?? null);
  const article = useRef<HTMLElement | null>(null);

  useFocusRequests(
    caseId,
    useCallback(
      (a: Annotation) => {
        if (a.documentId === doc.id) setFlash({ id: a.id, at: Date.now() });
        else {
          waiting.current = a;
          onOpenDocument?.(a.documentId);
        }
      },
      [doc.id, onOpenDocument],
    ),
  );
  useEffect(() => {
    const a = waiting.current;
    if (a && a.documentId === doc.id && annotations.some((x) => x.id === a.id)) {
      waiting.current = null;
      setFlash({ id: a.id, at: Date.now() });
    }
  }, [doc.id, annotations]);

  const onCreate = useCallback((kind: AnnotationKind, anchor: AnnotationAnchor) => {
    setAreaMode(false);
    setPending({ kind, anchor });
  }, []);

  const exportPdf = async () => {
    try {
      const out = await callOrThrow('annotations.exportPdf', { documentId: doc.id });
      download(out.fileName, base64ToBytes(out.base64), 'application/pdf');
      void message.success(t('annotations.exported', { count: out.count }));
    } catch (e) {
      void message.error((e as Error).message);
    }
  };

  const layers = {
    pdfLayer: (handle: Parameters<typeof PdfAnnotationLayer>[0]['handle']) => (
      <PdfAnnotationLayer
        handle={handle}
        annotations={annotations}
        colors={colors}
        areaMode={areaMode}
        flash={flash}
        readOnly={false}
        onCreate={onCreate}
      />
    ),
    docxLayer: (element: HTMLElement) => {
      article.current = element;
      return (
        <DocxAnnotationLayer
          article={element}
          annotations={annotations}
          colors={colors}
          flash={flash}
          readOnly={false}
          onCreate={onCreate}
        />
      );
    },
    imageLayer: (frame: HTMLElement, image: HTMLImageElement, pageIndex: number) => (
      <ImageAnnotationLayer
        frame={frame}
        image={image}
        pageIndex={pageIndex}
        annotations={annotations}
        colors={colors}
        areaMode={areaMode}
        flash={flash}
        onCreate={onCreate}
      />
    ),
    mediaLayer: (media: HTMLMediaElement) => (
      <MediaNotes media={media} annotations={annotations} flash={flash} onCreate={onCreate} />
    ),
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Space
        size={6}
        wrap
        style={{ padding: '4px 8px', borderBottom: '1px solid #f0f0f0' }}
        data-testid="annotation-bar"
      >
        {doc.viewer === 'pdf' || doc.viewer === 'image' ? (
          <Tooltip title={t('annotations.areaHint')}>
            <Button
              size="small"
              type={areaMode ? 'primary' : 'default'}
              aria-pressed={areaMode}
              onClick={() => setAreaMode((v) => !v)}
              data-testid="annotation-area-mode"
            >
              {t('annotations.areaMode')}
            </Button>
          </Tooltip>
        ) : null}
        {doc.viewer === 'docx' ? (
          <Button
            size="small"
            onClick={() => {
              if (!article.current) return;
              const name = `${doc.fileName.replace(/\.docx$/i, '')}（批注）`;
              download(
                `${name}.html`,
                annotatedDocxHtml(article.current, annotations, colors, name),
                'text/html',
              );
            }}
            data-testid="annotation-export-html"
          >
            {t('annotations.exportHtml')}
          </Button>
        ) : null}
        {doc.viewer === 'pdf' ? (
          <Button size="small" onClick={() => void exportPdf()} data-testid="annotation-export-pdf">
            {t('annotations.exportPdf')}
          </Button>
        ) : null}
        <Typography.Text type="secondary" data-testid="annotation-count">
          {doc.viewer === 'none'
            ? t('annotations.unsupportedViewer')
            : t('annotations.countInDocument', { count: annotations.length })}
        </Typography.Text>
      </Space>
      <div style={{ flex: 1, minHeight: 0 }}>
        <DocumentViewer doc={doc} {...layers} />
      </div>
      <AnnotationEditor
        caseId={caseId}
        documentId={doc.id}
        pending={pending}
        categories={categories}
        itemCode={p.itemCode}
        onClose={() => setPending(null)}
      />
    </div>
  );
}
