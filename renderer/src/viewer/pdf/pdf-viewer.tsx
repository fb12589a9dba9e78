import './pdfjs-global';
import 'pdfjs-dist/web/pdf_viewer.css';
import { Alert, Progress } from 'antd';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { EventBus, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { labelPageLandmarks, silentL10n } from './page-landmark-l10n';
import type { PdfLayerHandle } from './pdf-layer-handle';
import { PdfThumbnails } from './pdf-thumbnails';
import { PdfToolbar } from './pdf-toolbar';
import { usePdfDocument } from './use-pdf-document';

export interface PdfViewerProps {
  /** Where the bytes come from: an id-based route, never a file path. */
  url: string;
  /** 1-based page to show first. */
  initialPage?: number;
  /** Text to find and highlight on open (e.g. a search hit). */
  highlight?: string;
  /** An overlay drawn with the live viewer (annotations); rendered once pages are initialised. */
  layer?: (handle: PdfLayerHandle) => ReactNode;
  /** 1-based pages without a text layer, marked 无文本层 in the toolbar. */
  textlessPages?: ReadonlySet<number>;
}

const ZOOM_STEP = 1.2;

/**
 * PDF viewer built on pdf.js's own PDFViewer: pages render lazily as they
 * scroll into view (a 500-page file opens at page one), with a text layer for
 * selection and pdf.js's find controller for highlighted hits.
 */
export default function PdfDocumentViewer({
  url,
  initialPage,
  highlight,
  layer,
  textlessPages,
}: PdfViewerProps) {
  const { t } = useTranslation();
  const state = usePdfDocument(url);
  if (state.status === 'loading')
    return <Progress percent={Math.round(state.progress * 100)} size="small" style={{ padding: 16 }} />;
  if (state.status === 'error') {
    return (
      <Alert
        type="error"
        showIcon
        style={{ margin: 16 }}
        message={state.needsPassword ? t('viewer.encrypted') : t('viewer.loadFailed')}
        description={state.message}
      />
    );
  }
  return (
    <LoadedPdf
      pdf={state.pdf}
      initialPage={initialPage}
      highlight={highlight}
      layer={layer}
      textlessPages={textlessPages}
    />
  );
}

function LoadedPdf({
  pdf,
  initialPage,
  highlight,
  layer,
  textlessPages,
}: {
  pdf: PDFDocumentProxy;
  initialPage?: number;
  highlight?: string;
  textlessPages?: ReadonlySet<number>;
  layer?: (handle: PdfLayerHandle) => ReactNode;
}) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const viewerRef = useRef<PDFViewer | null>(null);
  const busRef = useRef<EventBus | null>(null);
  const [page, setPage] = useState(1);
  const [scale, setScale] = useState(1);
  const [matches, setMatches] = useState<{ current: number; total: number } | null>(null);
  const [thumbnails, setThumbnails] = useState(false);
  const [handle, setHandle] = useState<PdfLayerHandle | null>(null);

  const find = useCallback((query: string, previous = false, again = false) => {
    busRef.current?.dispatch('find', {
      source: null,
      type: again ? 'again' : '',
      query,
      caseSensitive: false,
      entireWord: false,
      highlightAll: true,
      findPrevious: previous,
      matchDiacritics: false,
    });
    if (!query) setMatches(null);
  }, []);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const eventBus = new EventBus();
    // Links inside evidence documents are shown, never followed.
    const linkService = new PDFLinkService({ eventBus });
    linkService.externalLinkEnabled = false;
    const findController = new PDFFindController({ eventBus, linkService });
    const viewer = new PDFViewer({
      container,
      eventBus,
      linkService,
      findController,
      textLayerMode: 1,
      removePageBorders: false,
      l10n: silentL10n,
    });
    linkService.setViewer(viewer);
    linkService.setDocument(pdf);
    findController.setDocument(pdf);
    viewer.setDocument(pdf);
    viewerRef.current = viewer;
    busRef.current = eventBus;

    eventBus.on('pagesinit', () => {
      labelPageLandmarks(container, (n) => t('viewer.pageLandmark', { n }));
      viewer.currentScaleValue = 'page-width';
      if (initialPage && initialPage <= pdf.numPages) viewer.currentPageNumber = initialPage;
      setHandle({ viewer, eventBus, container });
    });
    // A find dispatched at 'pagesinit' is dropped by the find controller; after 'pagesloaded' it sticks.
    eventBus.on('pagesloaded', () => {
      if (highlight) find(highlight);
    });
    eventBus.on('pagechanging', ({ pageNumber }: { pageNumber: number }) => setPage(pageNumber));
    eventBus.on('scalechanging', ({ scale: s }: { scale: number }) => setScale(s));
    eventBus.on(
      'updatefindmatchescount',
      ({ matchesCount }: { matchesCount: { current: number; total: number } }) => setMatches(matchesCount),
    );
    eventBus.on(
      'updatefindcontrolstate',
      ({ matchesCount }: { matchesCount: { current: number; total: number } }) => setMatches(matchesCount),
    );

    return () => {
      viewer.setDocument(null as unknown as PDFDocumentProxy);
      linkService.setDocument(null);
      viewerRef.current = null;
      busRef.current = null;
      setHandle(null);
    };
  }, [pdf, initialPage, highlight, find, t]);

  const goTo = useCallback(
    (n: number) => {
      const viewer = viewerRef.current;
      if (viewer && n >= 1 && n <= pdf.numPages) viewer.currentPageNumber = n;
    },
    [pdf],
  );

  const zoom = useCallback((direction: 'in' | 'out') => {
    const viewer = viewerRef.current;
    if (!viewer) return;
    const next = direction === 'in' ? viewer.currentScale * ZOOM_STEP : viewer.currentScale / ZOOM_STEP;
    viewer.currentScale = Math.min(8, Math.max(0.25, next));
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    if (event.key === '+' || event.key === '=') zoom('in');
    else if (event.key === '-') zoom('out');
    else return;
    event.preventDefault();
  };

  return (
    <div
      style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}
      onKeyDown={onKeyDown}
    >
      <PdfToolbar
        page={page}
        pageCount={pdf.numPages}
        scalePercent={Math.round(scale * 100)}
        matches={matches}
        onPage={goTo}
        onZoom={zoom}
        onFitWidth={() => viewerRef.current && (viewerRef.current.currentScaleValue = 'page-width')}
        onFind={(query, previous) => find(query, previous, true)}
        onToggleThumbnails={() => setThumbnails((v) => !v)}
        textless={textlessPages?.has(page) ?? false}
      />
      <div style={{ display: 'flex', flex: 1, minHeight: 0 }}>
        {thumbnails ? <PdfThumbnails pdf={pdf} current={page} onSelect={goTo} /> : null}
        <div style={{ position: 'relative', flex: 1, minWidth: 0 }}>
          {/* pdf.js requires an absolutely positioned scroll container. */}
          <div
            ref={containerRef}
            data-testid="pdf-container"
            tabIndex={0}
            style={{ position: 'absolute', inset: 0, overflow: 'auto', background: '#e8e8e8' }}
          >
            <div className="pdfViewer" />
          </div>
          {handle && layer ? layer(handle) : null}
        </div>
      </div>
    </div>
  );
}
