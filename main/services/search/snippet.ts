import { parseQuery } from './fts-query';

export interface TextRange {
  /** Offset in UTF-16 code units (JavaScript string indices). */
  start: number;
  end: number;
}

export interface Snippet {
  /** An excerpt of the page text around the first hit. */
  text: string;
  /** Offset of `text` within the page text. */
  offset: number;
  /** Hits inside `text`, relative to `text` (not HTML: the renderer marks them up). */
  highlights: TextRange[];
  truncatedStart: boolean;
  truncatedEnd: boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * All ranges of `pageText` matching any term of `query`. Runs of a term may be
 * separated by punctuation or spaces in the text, as the index ignores those.
 */
export function findMatches(pageText: string, query: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const term of parseQuery(query)) {
    const pattern = term.runs.map((run) => escapeRegExp(run.text)).join('[^\\p{L}\\p{N}]*');
    for (const match of pageText.matchAll(new RegExp(pattern, 'giu'))) {
      if (match[0].length > 0) ranges.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  // Merge overlaps so the renderer can mark ranges without nesting.
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous && range.start <= previous.end) previous.end = Math.max(previous.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** A window of about `context` characters on each side of the first hit, with hit offsets. */
export function buildSnippet(pageText: string, query: string, context = 40): Snippet {
  const matches = findMatches(pageText, query);
  const first = matches[0];
  const anchor = first ?? { start: 0, end: 0 };
  let start = Math.max(0, anchor.start - context);
  let end = Math.min(pageText.length, anchor.end + context * (first ? 1 : 2));
  // Never split a surrogate pair (rare Han characters outside the BMP, emoji).
  if (start > 0 && /[\udc00-\udfff]/.test(pageText[start] ?? '')) start--;
  if (end < pageText.length && /[\udc00-\udfff]/.test(pageText[end] ?? '')) end++;
  const highlights = matches
    .filter((m) => m.start < end && m.end > start)
    .map((m) => ({ start: Math.max(m.start, start) - start, end: Math.min(m.end, end) - start }));
  return {
    text: pageText.slice(start, end),
    offset: start,
    highlights,
    truncatedStart: start > 0,
    truncatedEnd: end < pageText.length,
  };
}
