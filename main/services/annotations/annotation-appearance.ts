import type { PdfRect } from '../../../preload/contract/methods/annotations';

/**
 * Appearance streams (/AP /N) for exported annotations. Acrobat regenerates
 * missing appearances, but other viewers (and printing) draw only what /AP
 * holds, so every exported annotation carries its own. Content is in page
 * coordinates: the form's BBox equals the annotation's /Rect, identity Matrix.
 */
export type Rgb = readonly number[];

const n = (v: number) => (Math.round(v * 100) / 100).toString();
const color = (c: Rgb, op: 'rg' | 'RG') => `${c.map(n).join(' ')} ${op}`;

export function highlightAppearance(rects: readonly PdfRect[], c: Rgb): string {
  return [
    '/GS0 gs',
    color(c, 'rg'),
    ...rects.map((r) => `${n(r.x)} ${n(r.y)} ${n(r.w)} ${n(r.h)} re f`),
  ].join('\n');
}

export function underlineAppearance(rects: readonly PdfRect[], c: Rgb): string {
  const lines = rects.map((r) => {
    const y = r.y + Math.max(0.5, r.h * 0.06);
    return `${n(r.x)} ${n(y)} m ${n(r.x + r.w)} ${n(y)} l S`;
  });
  return [color(c, 'RG'), '1 w', ...lines].join('\n');
}

export function squareAppearance(r: PdfRect, c: Rgb, width: number): string {
  const h = width / 2;
  return [
    color(c, 'RG'),
    `${n(width)} w`,
    `${n(r.x + h)} ${n(r.y + h)} ${n(r.w - width)} ${n(r.h - width)} re S`,
  ].join('\n');
}

/** A small speech-bubble note icon filling the 18 × 18 pt rect at (x, y). */
export function noteIconAppearance(x: number, y: number, c: Rgb): string {
  return [
    color(c, 'rg'),
    '0 0 0 RG',
    '0.75 w',
    `${n(x + 1)} ${n(y + 5)} 16 12 re B`,
    `${n(x + 4)} ${n(y + 5)} m ${n(x + 4)} ${n(y + 1)} l ${n(x + 8)} ${n(y + 5)} l f`,
    `${n(x + 4)} ${n(y + 13)} m ${n(x + 14)} ${n(y + 13)} l S`,
    `${n(x + 4)} ${n(y + 9)} m ${n(x + 12)} ${n(y + 9)} l S`,
  ].join('\n');
}
