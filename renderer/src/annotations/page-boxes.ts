import type { Annotation, PdfRect } from '../../../preload/contract/methods/annotations';

/** A box to draw over a rendered page, in CSS pixels relative to the page's top-left corner. */
export interface PageBox {
  annotationId: string;
  kind: Annotation['kind'];
  left: number;
  top: number;
  width: number;
  height: number;
  color: string;
  title: string;
}

/** pdf.js PageViewport.convertToViewportRectangle: PDF user space → viewport pixels (any corner order). */
export type ToViewport = (rect: [number, number, number, number]) => number[];

const FALLBACK = '#faad14';

/** Groups annotations by page once per list change, so each page draw only touches its own. */
export function indexByPage(annotations: readonly Annotation[]): Map<number, Annotation[]> {
  const byPage = new Map<number, Annotation[]>();
  for (const a of annotations) {
    if (a.pageIndex === null || a.deletedAt) continue;
    const list = byPage.get(a.pageIndex);
    if (list) list.push(a);
    else byPage.set(a.pageIndex, [a]);
  }
  return byPage;
}

/**
 * The boxes of one page's annotations for the current zoom. Anchors are in PDF
 * points, so zooming only changes `toViewport`, never the stored anchor.
 * Pure and allocation-light: this runs on every page render (budget ≤ 16 ms).
 */
export function pageBoxes(
  annotations: readonly Annotation[],
  toViewport: ToViewport,
  colors: ReadonlyMap<string, string>,
): PageBox[] {
  const boxes: PageBox[] = [];
  for (const a of annotations) {
    const rects: readonly PdfRect[] =
      a.anchor.type === 'pdf-text' ? a.anchor.rects : a.anchor.type === 'area' ? [a.anchor.rect] : [];
    const color = colors.get(a.category) ?? FALLBACK;
    const title = a.body || a.quote || a.category;
    for (const r of rects) {
      const [x1, y1, x2, y2] = toViewport([r.x, r.y, r.x + r.w, r.y + r.h]) as [
        number,
        number,
        number,
        number,
      ];
      boxes.push({
        annotationId: a.id,
        kind: a.kind,
        left: Math.min(x1, x2),
        top: Math.min(y1, y2),
        width: Math.abs(x2 - x1),
        height: Math.abs(y2 - y1),
        color,
        title,
      });
    }
  }
  return boxes;
}
