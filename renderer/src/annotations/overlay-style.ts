import type { PageBox } from './page-boxes';

const STYLE_ID = 'pingcha-annotation-style';

/** The overlay's CSS, injected once: boxes never catch the pointer, so text stays selectable. */
export function ensureOverlayStyle(): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `
.pingcha-annots { position: absolute; inset: 0; pointer-events: none; z-index: 3; }
.pingcha-annot { position: absolute; box-sizing: border-box; }
.pingcha-annot[data-kind='highlight'] { mix-blend-mode: multiply; }
.pingcha-annot.flash { animation: pingcha-flash 0.4s ease-in-out 4; }
@keyframes pingcha-flash { 0%, 100% { outline: 3px solid transparent; } 50% { outline: 3px solid #1677ff; } }
.pingcha-rubber { position: absolute; border: 2px dashed #1677ff; background: rgba(22, 119, 255, 0.1); z-index: 4; pointer-events: none; }
`;
  document.head.appendChild(style);
}

const alpha = (hex: string, a: number) => {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${a})`;
};

/** Replaces the overlay inside `host` with the given boxes (one DOM write per page). */
export function drawBoxes(host: HTMLElement, boxes: readonly PageBox[], flashId: string | null): void {
  host.querySelector(':scope > .pingcha-annots')?.remove();
  if (boxes.length === 0) return;
  const layer = document.createElement('div');
  layer.className = 'pingcha-annots';
  for (const b of boxes) {
    const el = document.createElement('div');
    el.className = b.annotationId === flashId ? 'pingcha-annot flash' : 'pingcha-annot';
    el.dataset.annotationId = b.annotationId;
    el.dataset.kind = b.kind;
    el.title = b.title;
    el.style.cssText = `left:${b.left}px;top:${b.top}px;width:${b.width}px;height:${b.height}px;`;
    if (b.kind === 'highlight') el.style.background = alpha(b.color, 0.4);
    else if (b.kind === 'underline') el.style.borderBottom = `2px solid ${b.color}`;
    else if (b.kind === 'area') {
      el.style.border = `2px solid ${b.color}`;
      el.style.background = alpha(b.color, 0.08);
    } else {
      el.style.background = alpha(b.color, 0.18);
      el.style.borderBottom = `1px dashed ${b.color}`;
    }
    layer.appendChild(el);
  }
  host.appendChild(layer);
}
