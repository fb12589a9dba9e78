import { Empty, Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../preload/contract/methods/documents';
import { documentUrl } from './document-url';
import { useTextlessPages } from './pdf/use-textless-pages';
import type { PdfLayerHandle } from './pdf/pdf-layer-handle';
import { DocxViewer } from './docx/docx-viewer';
import { ImageViewer } from './image/image-viewer';
import { MediaViewer } from './media/media-viewer';

// pdf.js is large: load it when the first PDF is opened, not at start-up. The TIFF decoder likewise.
const PdfDocumentViewer = lazy(() => import('./pdf/pdf-viewer'));
const TiffViewer = lazy(() => import('./image/tiff-viewer').then((m) => ({ default: m.TiffViewer })));

/** Picks the viewer for a document's real (detected) type. */
export function DocumentViewer({
  doc,
  page,
  highlight,
  pdfLayer,
  docxLayer,
  imageLayer,
  mediaLayer,
}: {
  doc: DocumentSummary;
  page?: number;
  highlight?: string;
  /** Overlays (annotations) for the PDF and DOCX viewers. */
  pdfLayer?: (handle: PdfLayerHandle) => ReactNode;
  docxLayer?: (article: HTMLElement) => ReactNode;
  imageLayer?: (frame: HTMLElement, image: HTMLImageElement, pageIndex: number) => ReactNode;
  mediaLayer?: (media: HTMLMediaElement) => ReactNode;
}) {
  const { t } = useTranslation();
  const url = documentUrl(doc.id);
  const textless = useTextlessPages(doc);
  switch (doc.viewer) {
    case 'pdf':
      return (
        <Suspense fallback={<Spin style={{ margin: 32 }} />}>
          <PdfDocumentViewer
            key={`${doc.id}:${page}:${highlight}`}
            url={url}
            initialPage={page}
            highlight={highlight}
            layer={pdfLayer}
            textlessPages={textless}
          />
        </Suspense>
      );
    case 'docx':
      return <DocxViewer documentId={doc.id} highlight={highlight} layer={docxLayer} />;
    case 'image':
      return doc.detectedType === 'tiff' ? (
        <Suspense fallback={<Spin style={{ margin: 32 }} />}>
          <TiffViewer
            url={url}
            alt={doc.fileName}
            initialPage={page}
            layer={imageLayer}
            key={`${doc.id}:${page}`}
          />
        </Suspense>
      ) : (
        <ImageViewer url={url} alt={doc.fileName} layer={imageLayer} />
      );
    case 'audio':
    case 'video':
      return <MediaViewer url={url} kind={doc.viewer} layer={mediaLayer} />;
    default:
      return (
        <Empty style={{ marginTop: 64 }} description={t('viewer.noPreview', { type: doc.detectedType })} />
      );
  }
}
