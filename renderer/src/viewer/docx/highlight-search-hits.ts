import { findTextRanges } from './find-text-ranges';

/** The CSS highlight name; styled in styles/global.css as ::highlight(pingcha-search-hit). */
export const SEARCH_HIT = 'pingcha-search-hit';

/**
 * Marks every occurrence of a search word with the CSS Custom Highlight API and
 * scrolls the first into view. The API paints without touching the DOM, so the
 * article's text nodes stay exactly as annotations anchored them. Returns the cleanup.
 */
export function highlightSearchHits(article: HTMLElement, query: string): () => void {
  const ranges = findTextRanges(article, query);
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || ranges.length === 0) return () => undefined;
  CSS.highlights.set(SEARCH_HIT, new Highlight(...ranges));
  ranges[0]!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  return () => CSS.highlights.delete(SEARCH_HIT);
}
