/** Public API of the Chinese full-text search core. */
export { splitRuns, toIndexText, type TextRun } from './bigram';
export { buildFtsQuery, parseQuery, type QueryTerm } from './fts-query';
export { createBackgroundIndexer, indexPendingPages, type BackgroundIndexer } from './page-indexer';
export { searchPages, type PageHit, type SearchOptions } from './search-pages';
export { buildSnippet, findMatches, type Snippet, type TextRange } from './snippet';
