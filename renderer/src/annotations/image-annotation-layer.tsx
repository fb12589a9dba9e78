import { useEffect } from 'react';
import type {
  Annotation,
  AnnotationAnchor,
  AnnotationKind,
} from '../../../preload/contract/methods/annotations';
import { ensureOverlayStyle } from './overlay-style';

export interface ImageAnnotationLayerProps {
  frame: HTMLElement;
  image: HTMLImageElement;
  /** The page shown, for multi-page TIFF scans (0 for photos). */
  pageIndex: number;
  annotations: readonly Annotation[];
  colors: ReadonlyMap<string, string>;
  areaMode: boolean;
  flash: { id: string; at: number } | null;
  onCreate(kind: AnnotationKind, anchor: AnnotationAnchor): void;
}

/**
 * Area annotations on a photo or scan. Rectangles are stored in the image's
 * own pixels (origin top-left, on the page shown) and drawn in percent of the frame,
 * so they follow the viewer's zoom and pan.
 */
export function ImageAnnotationLayer(p: ImageAnnotationLayerProps) {
  const { frame, image } = p;
  const flashId = p.flash?.id ?? null;

  useEffect(() => {
    ensureOverlayStyle();
    const draw = () => {
      frame.querySelector(':scope > .pingcha-annots')?.remove();
      const w = image.naturalWidth;
      const h = image.naturalHeight;
      if (!w || !h) return;
      const layer = document.createElement('div');
      layer.className = 'pingcha-annots';
      for (const a of p.annotations) {
        if (a.anchor.type !== 'area' || a.anchor.pageIndex !== p.pageIndex || a.deletedAt) continue;
        const r = a.anchor.rect;
        const color = p.colors.get(a.category) ?? '#faad14';
        const el = document.createElement('div');
        el.className = a.id === flashId ? 'pingcha-annot flash' : 'pingcha-annot';
        el.dataset.annotationId = a.id;
        el.dataset.kind = a.kind;
        el.title = a.body || a.category;
        el.style.cssText = `left:${(r.x / w) * 100}%;top:${(r.y / h) * 100}%;width:${(r.w / w) * 100}%;height:${(r.h / h) * 100}%;border:2px solid ${color};`;
        layer.appendChild(el);
      }
      frame.appendChild(layer);
    };
    draw();
    image.addEventListener('load', draw);
    return () => image.removeEventListener('load', draw);
  }, [frame, image, p.pageIndex, p.annotations, p.colors, flashId, p.flash]);

  useEffect(() => {
    if (!p.areaMode) return;
    let start: { x: number; y: number } | null = null;
    let band: HTMLElement | null = null;
    // Image pixels under the pointer, whatever the zoom and pan.
    const at = (e: PointerEvent) => {
      const r = image.getBoundingClientRect();
      return {
        x: Math.max(0, Math.min(1, (e.clientX - r.left) / r.width)) * image.naturalWidth,
        y: Math.max(0, Math.min(1, (e.clientY - r.top) / r.height)) * image.naturalHeight,
      };
    };
    const rectOf = (a: { x: number; y: number }, b: { x: number; y: number }) => ({
      x: Math.round(Math.min(a.x, b.x)),
      y: Math.round(Math.min(a.y, b.y)),
      w: Math.round(Math.abs(b.x - a.x)),
      h: Math.round(Math.abs(b.y - a.y)),
    });
    const down = (e: PointerEvent) => {
      // Keeps the viewer from panning while a rectangle is drawn.
      e.stopPropagation();
      e.preventDefault();
      start = at(e);
      band = document.createElement('div');
      band.className = 'pingcha-rubber';
      frame.appendChild(band);
    };
    const move = (e: PointerEvent) => {
      if (!start || !band) return;
      const r = rectOf(start, at(e));
      const w = image.naturalWidth;
      const h = image.naturalHeight;
      band.style.cssText = `left:${(r.x / w) * 100}%;top:${(r.y / h) * 100}%;width:${(r.w / w) * 100}%;height:${(r.h / h) * 100}%;`;
    };
    const up = (e: PointerEvent) => {
      if (!start) return;
      const rect = rectOf(start, at(e));
      start = null;
      band?.remove();
      band = null;
      if (rect.w >= 4 && rect.h >= 4) p.onCreate('area', { type: 'area', pageIndex: p.pageIndex, rect });
    };
    frame.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    return () => {
      frame.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [frame, image, p.areaMode, p.onCreate, p.pageIndex]);

  return null;
}
