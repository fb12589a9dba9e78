import type { AnnotationAnchor, PdfRect } from '../../../preload/contract/methods/annotations';

/** The part of pdf.js's PageViewport we use. */
export interface ViewportLike {
  convertToPdfPoint(x: number, y: number): number[];
}

export interface PageViewLike {
  div: HTMLElement;
  viewport: ViewportLike;
}

const CONTEXT = 32;
const round = (n: number) => Math.round(n * 100) / 100;

/** Top-left of the page's content box (inside pdf.js's page border) in client coordinates. */
export const pageOrigin = (pageDiv: HTMLElement) => {
  const r = pageDiv.getBoundingClientRect();
  return { x: r.left + pageDiv.clientLeft, y: r.top + pageDiv.clientTop };
};

/** Two corners in page pixels → a rectangle in PDF user space (zoom-independent). */
export function toPdfRect(viewport: ViewportLike, ax: number, ay: number, bx: number, by: number): PdfRect {
  const [x1, y1] = viewport.convertToPdfPoint(ax, ay) as [number, number];
  const [x2, y2] = viewport.convertToPdfPoint(bx, by) as [number, number];
  return {
    x: round(Math.min(x1, x2)),
    y: round(Math.min(y1, y2)),
    w: round(Math.abs(x2 - x1)),
    h: round(Math.abs(y2 - y1)),
  };
}

/**
 * The current text selection on one PDF page as an anchor: rectangles in PDF
 * points (from the text layer's client rects) and a TextQuoteSelector. A
 * selection spanning pages is cut to its first page.
 */
export function selectionToPdfAnchor(
  getPageView: (index: number) => PageViewLike | undefined,
): Extract<AnnotationAnchor, { type: 'pdf-text' }> | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start =
    range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const pageDiv = start?.closest<HTMLElement>('.page[data-page-number]');
  const textLayer = pageDiv?.querySelector<HTMLElement>('.textLayer');
  if (!pageDiv || !textLayer) return null;
  const pageIndex = Number(pageDiv.dataset.pageNumber) - 1;
  const view = getPageView(pageIndex);
  if (!view) return null;
  const exact = selection.toString().trim();
  if (!exact) return null;
  const origin = pageOrigin(pageDiv);
  const bounds = pageDiv.getBoundingClientRect();
  const rects = [...range.getClientRects()]
    .filter(
      (r) => r.width > 0.5 && r.height > 0.5 && r.top >= bounds.top - 1 && r.bottom <= bounds.bottom + 1,
    )
    .map((r) =>
      toPdfRect(view.viewport, r.left - origin.x, r.top - origin.y, r.right - origin.x, r.bottom - origin.y),
    );
  if (rects.length === 0) return null;
  const before = document.createRange();
  before.setStart(textLayer, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = document.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEndAfter(textLayer.lastChild ?? textLayer);
  return {
    type: 'pdf-text',
    pageIndex,
    rects: mergeRects(rects),
    quote: { exact, prefix: before.toString().slice(-CONTEXT), suffix: after.toString().slice(0, CONTEXT) },
  };
}

/** Text layers give one rect per span; rects on the same line that touch are merged into one. */
export function mergeRects(rects: readonly PdfRect[]): PdfRect[] {
  const sorted = [...rects].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: PdfRect[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    const sameLine = last && Math.abs(last.y - r.y) < r.h / 2 && Math.abs(last.h - r.h) < r.h / 2;
    if (last && sameLine && r.x <= last.x + last.w + 2) {
      const right = Math.max(last.x + last.w, r.x + r.w);
      const top = Math.max(last.y + last.h, r.y + r.h);
      last.y = Math.min(last.y, r.y);
      last.w = round(right - last.x);
      last.h = round(top - last.y);
    } else out.push({ ...r });
  }
  return out;
}
