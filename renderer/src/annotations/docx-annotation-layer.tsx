import { useEffect, useState } from 'react';
import type {
  Annotation,
  AnnotationAnchor,
  AnnotationKind,
} from '../../../preload/contract/methods/annotations';
import { locateQuote, rangeForOffsets, selectionToDocxAnchor } from './docx-anchor';
import { drawBoxes, ensureOverlayStyle } from './overlay-style';
import type { PageBox } from './page-boxes';
import { SelectionToolbar } from './selection-toolbar';

export interface DocxAnnotationLayerProps {
  article: HTMLElement;
  annotations: readonly Annotation[];
  colors: ReadonlyMap<string, string>;
  flash: { id: string; at: number } | null;
  readOnly: boolean;
  onCreate(kind: AnnotationKind, anchor: AnnotationAnchor): void;
}

/** Highlights over a rendered DOCX (found by quote) and new annotations from text selections. */
export function DocxAnnotationLayer(p: DocxAnnotationLayerProps) {
  const { article } = p;
  const [toolbar, setToolbar] = useState<{ x: number; y: number; anchor: AnnotationAnchor } | null>(null);
  const flashId = p.flash?.id ?? null;

  useEffect(() => {
    ensureOverlayStyle();
    const draw = () => {
      const text = article.textContent ?? '';
      const origin = article.getBoundingClientRect();
      const boxes: PageBox[] = [];
      for (const a of p.annotations) {
        if (a.anchor.type !== 'docx-text' || a.deletedAt) continue;
        const at = locateQuote(text, a.anchor);
        const range = at && rangeForOffsets(article, at.start, at.end);
        if (!range) continue;
        for (const r of range.getClientRects()) {
          if (r.width < 0.5) continue;
          boxes.push({
            annotationId: a.id,
            kind: a.kind,
            left: r.left - origin.left,
            top: r.top - origin.top,
            width: r.width,
            height: r.height,
            color: p.colors.get(a.category) ?? '#faad14',
            title: a.body || a.quote || a.category,
          });
        }
      }
      drawBoxes(article, boxes, flashId);
      if (flashId) {
        article
          .querySelector(`[data-annotation-id="${CSS.escape(flashId)}"]`)
          ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(article);
    return () => observer.disconnect();
  }, [article, p.annotations, p.colors, flashId, p.flash]);

  useEffect(() => {
    if (p.readOnly) return;
    const onUp = (e: MouseEvent) => {
      const anchor = selectionToDocxAnchor(article);
      setToolbar(anchor ? { x: e.clientX, y: e.clientY, anchor } : null);
    };
    article.addEventListener('mouseup', onUp);
    return () => article.removeEventListener('mouseup', onUp);
  }, [article, p.readOnly]);

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
