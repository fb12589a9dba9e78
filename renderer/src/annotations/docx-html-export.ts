import type { Annotation } from '../../../preload/contract/methods/annotations';
import { locateQuote } from './docx-anchor';

const alpha = (hex: string) => `${hex}66`;

/** Wraps characters [start, end) of `root`'s text in marks, one per text node crossed (textContent is unchanged). */
function wrapOffsets(
  root: HTMLElement,
  start: number,
  end: number,
  make: () => HTMLElement,
): HTMLElement | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let pos = 0;
  let last: HTMLElement | null = null;
  for (const node of nodes) {
    const len = node.data.length;
    const from = Math.max(start, pos) - pos;
    const to = Math.min(end, pos + len) - pos;
    pos += len;
    if (to <= from) continue;
    const middle = from > 0 ? node.splitText(from) : node;
    if (to - from < middle.data.length) middle.splitText(to - from);
    const mark = make();
    middle.replaceWith(mark);
    mark.appendChild(middle);
    last = mark;
  }
  return last;
}

/**
 * The rendered DOCX as a standalone HTML file with the annotations: quoted text
 * highlighted in its category colour with a note number, and the notes listed
 * at the end (category, author, comment, items). Built from the already
 * sanitized article, so nothing new is executed or fetched.
 */
export function annotatedDocxHtml(
  article: HTMLElement,
  annotations: readonly Annotation[],
  colors: ReadonlyMap<string, string>,
  title: string,
): string {
  const clone = article.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('.pingcha-annots').forEach((el) => el.remove());
  const notes = document.createElement('ol');
  let n = 0;
  const numbers: [HTMLElement, number][] = [];
  for (const a of annotations) {
    if (a.anchor.type !== 'docx-text' || a.deletedAt) continue;
    const at = locateQuote(clone.textContent ?? '', a.anchor);
    if (!at) continue;
    n += 1;
    const color = colors.get(a.category) ?? '#faad14';
    const last = wrapOffsets(clone, at.start, at.end, () => {
      const mark = document.createElement(a.kind === 'underline' ? 'u' : 'mark');
      mark.style.cssText =
        a.kind === 'underline'
          ? `text-decoration-color:${color}`
          : `background:${alpha(color)};color:inherit`;
      mark.title = a.body;
      return mark;
    });
    // Numbers go in after all marks: inserting them now would shift later annotations' offsets.
    if (last) numbers.push([last, n]);
    const li = document.createElement('li');
    li.textContent = `【${a.category}】${a.author.name}：${a.body || '（无内容）'}${
      a.itemCodes.length ? `（评查项目 ${a.itemCodes.join('、')}）` : ''
    } —— “${a.quote ?? ''}”`;
    notes.appendChild(li);
  }
  for (const [mark, number] of numbers) {
    const sup = document.createElement('sup');
    sup.textContent = `[${number}]`;
    mark.after(sup);
  }
  const doc = document.implementation.createHTMLDocument(title);
  doc.documentElement.lang = 'zh-CN';
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  doc.head.prepend(meta);
  const style = doc.createElement('style');
  style.textContent =
    'body{max-width:800px;margin:2em auto;line-height:1.8;font-family:sans-serif}sup{color:#888}';
  doc.head.appendChild(style);
  doc.body.innerHTML = clone.innerHTML;
  doc.body.appendChild(doc.createElement('hr'));
  doc.body.appendChild(doc.importNode(notes, true));
  return `<!doctype html>\n${doc.documentElement.outerHTML}`;
}
