import type { AnnotationAnchor } from '../../../preload/contract/methods/annotations';

type DocxAnchor = Extract<AnnotationAnchor, { type: 'docx-text' }>;
const CONTEXT = 32;

/**
 * The selection inside a rendered DOCX as a quote anchor. Offsets count
 * characters of the rendered text (the article's textContent); the quote with
 * prefix/suffix re-finds the place if the rendering changes.
 */
export function selectionToDocxAnchor(article: HTMLElement): DocxAnchor | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) return null;
  const exact = range.toString();
  if (!exact.trim()) return null;
  const before = document.createRange();
  before.setStart(article, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + exact.length;
  const text = article.textContent ?? '';
  return {
    type: 'docx-text',
    start,
    end,
    quote: {
      exact,
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
  };
}

/** Where a stored anchor is now: at its offsets if the text there still matches, else by quote (closest to the old offset). */
export function locateQuote(text: string, anchor: DocxAnchor): { start: number; end: number } | null {
  const { exact, prefix } = anchor.quote;
  if (text.slice(anchor.start, anchor.end) === exact) return { start: anchor.start, end: anchor.end };
  let best: number | null = null;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    const withPrefix = prefix && text.slice(Math.max(0, i - prefix.length), i) === prefix;
    if (withPrefix) return { start: i, end: i + exact.length };
    if (best === null || Math.abs(i - anchor.start) < Math.abs(best - anchor.start)) best = i;
  }
  return best === null ? null : { start: best, end: best + exact.length };
}

/** A DOM range over characters [start, end) of `root`'s text. */
export function rangeForOffsets(root: HTMLElement, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let pos = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const len = node.textContent?.length ?? 0;
    if (!started && start < pos + len) {
      range.setStart(node, start - pos);
      started = true;
    }
    if (started && end <= pos + len) {
      range.setEnd(node, end - pos);
      return range;
    }
    pos += len;
  }
  return null;
}
