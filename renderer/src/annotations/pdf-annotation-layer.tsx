import { useEffect, useMemo, useRef, useState } from 'react';
import type {
  Annotation,
  AnnotationAnchor,
  AnnotationKind,
} from '../../../preload/contract/methods/annotations';
import type { PdfLayerHandle } from '../viewer/pdf/pdf-layer-handle';
import { drawBoxes, ensureOverlayStyle } from './overlay-style';
import { indexByPage, pageBoxes, type ToViewport } from './page-boxes';
import { pageOrigin, selectionToPdfAnchor, toPdfRect, type PageViewLike } from './pdf-selection';
import { SelectionToolbar } from './selection-toolbar';

interface PageView extends PageViewLike {
  viewport: PageViewLike['viewport'] & { convertToViewportRectangle: ToViewport };
}

export interface PdfAnnotationLayerProps {
  handle: PdfLayerHandle;
  annotations: readonly Annotation[];
  colors: ReadonlyMap<string, string>;
  areaMode: boolean;
  flash: { id: string; at: number } | null;
  readOnly: boolean;
  onCreate(kind: AnnotationKind, anchor: AnnotationAnchor): void;
}

/**
 * Draws a PDF's annotations over each rendered page and turns text selections
 * and dragged rectangles into new annotations. pdf.js re-creates page content
 * on zoom, so boxes are redrawn on every 'pagerendered' from the stored
 * PDF-point anchors.
 */
export function PdfAnnotationLayer(p: PdfAnnotationLayerProps) {
  const { viewer, eventBus, container } = p.handle;
  const byPage = useMemo(() => indexByPage(p.annotations), [p.annotations]);
  const [toolbar, setToolbar] = useState<{ x: number; y: number; anchor: AnnotationAnchor } | null>(null);
  const flashId = p.flash?.id ?? null;
  const getPageView = (i: number) => viewer.getPageView(i) as unknown as PageView | undefined;

  // Draw: on every page render, and for all rendered pages when the list changes.
  const draw = useRef<(index: number) => void>(() => undefined);
  draw.current = (index: number) => {
    const view = getPageView(index);
    if (!view?.div || !view.viewport) return;
    const boxes = pageBoxes(
      byPage.get(index) ?? [],
      (r) => view.viewport.convertToViewportRectangle(r),
      p.colors,
    );
    drawBoxes(view.div, boxes, flashId);
  };
  useEffect(() => {
    ensureOverlayStyle();
    const onRendered = ({ pageNumber }: { pageNumber: number }) => draw.current(pageNumber - 1);
    eventBus.on('pagerendered', onRendered);
    return () => eventBus.off('pagerendered', onRendered);
  }, [eventBus]);
  useEffect(() => {
    for (let i = 0; i < viewer.pagesCount; i++) {
      const view = getPageView(i);
      if (view?.div?.querySelector('canvas')) draw.current(i);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [byPage, p.colors, flashId, viewer]);

  // Jump: scroll the annotation's page into view at its position.
  useEffect(() => {
    if (!p.flash) return;
    const a = p.annotations.find((x) => x.id === p.flash?.id);
    if (!a || a.pageIndex === null) return;
    const rect =
      a.anchor.type === 'pdf-text' ? a.anchor.rects[0] : a.anchor.type === 'area' ? a.anchor.rect : null;
    viewer.scrollPageIntoView({
      pageNumber: a.pageIndex + 1,
      ...(rect ? { destArray: [null, { name: 'XYZ' }, rect.x - 20, rect.y + rect.h + 40, null] } : {}),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [p.flash]);

  // Text selection → toolbar.
  useEffect(() => {
    if (p.readOnly) return;
    const onUp = (e: MouseEvent) => {
      if (p.areaMode) return;
      const anchor = selectionToPdfAnchor(getPageView);
      setToolbar(anchor ? { x: e.clientX, y: e.clientY, anchor } : null);
    };
    container.addEventListener('mouseup', onUp);
    return () => container.removeEventListener('mouseup', onUp);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [container, p.areaMode, p.readOnly]);

  // Area mode: drag a rectangle on a page.
  useEffect(() => {
    if (!p.areaMode || p.readOnly) return;
    let drag: { page: HTMLElement; index: number; x: number; y: number; band: HTMLElement } | null = null;
    const local = (page: HTMLElement, e: PointerEvent) => {
      const o = pageOrigin(page);
      return {
        x: Math.max(0, Math.min(e.clientX - o.x, page.clientWidth)),
        y: Math.max(0, Math.min(e.clientY - o.y, page.clientHeight)),
      };
    };
    const down = (e: PointerEvent) => {
      const page = (e.target as HTMLElement).closest<HTMLElement>('.page[data-page-number]');
      if (!page || e.button !== 0) return;
      e.preventDefault();
      const { x, y } = local(page, e);
      const band = document.createElement('div');
      band.className = 'pingcha-rubber';
      page.appendChild(band);
      drag = { page, index: Number(page.dataset.pageNumber) - 1, x, y, band };
    };
    const move = (e: PointerEvent) => {
      if (!drag) return;
      const { x, y } = local(drag.page, e);
      drag.band.style.cssText = `left:${Math.min(x, drag.x)}px;top:${Math.min(y, drag.y)}px;width:${Math.abs(x - drag.x)}px;height:${Math.abs(y - drag.y)}px;`;
    };
    const up = (e: PointerEvent) => {
      if (!drag) return;
      const d = drag;
      drag = null;
      d.band.remove();
      const { x, y } = local(d.page, e);
      const view = getPageView(d.index);
      if (!view || Math.abs(x - d.x) < 4 || Math.abs(y - d.y) < 4) return;
      p.onCreate('area', {
        type: 'area',
        pageIndex: d.index,
        rect: toPdfRect(view.viewport, d.x, d.y, x, y),
      });
    };
    container.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    return () => {
      container.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [container, p.areaMode, p.readOnly, p.onCreate]);

  return toolbar ? (
    <SelectionToolbar
      x={toolbar.x}
      y={toolbar.y}
      kinds={['highlight', 'underline', 'comment']}
      onPick={(kind) => {
        setToolbar(null);
        p.onCreate(kind, toolbar.anchor);
      }}
      onClose={() => setToolbar(null)}
    />
  ) : null;
}
