/** Result types shared by the PDF and DOCX extractors and the importer. */

/** `failed` is reserved for documents whose text could not be read at all after storing (re-extraction). */
export type TextStatus = 'ok' | 'partial' | 'none' | 'failed';

export interface ExtractedPage {
  /** 0-based page index. */
  index: number;
  /** Normalised text (no spaces between CJK characters, `\n` between lines). */
  text: string;
  /** False for pages without a text layer (scans: need OCR, 无文本层) or pages that failed to parse. */
  hasText: boolean;
  /** Set when this page could not be parsed (the rest of the document is still imported). */
  error?: string;
}

export interface ExtractedDocument {
  pages: ExtractedPage[];
  /** Number of pages in the source (may exceed `pages.length` when the page guard stopped early). */
  pageCount: number;
  title: string | null;
  author: string | null;
  /** ISO-8601 creation date from the document metadata, if any. */
  created: string | null;
  textStatus: TextStatus;
  /** Chinese, user-facing notes (pages needing OCR, XFA forms, truncated extraction, ...). */
  warnings: string[];
  /** DOCX only: mammoth HTML for the viewer (NOT sanitized: the renderer runs DOMPurify). */
  html?: string;
}

/** ok = every page has text; none = no page has text; partial = anything in between. */
export function textStatusOf(pages: readonly ExtractedPage[], pageCount: number): TextStatus {
  const withText = pages.filter((p) => p.hasText).length;
  if (withText === 0) return 'none';
  if (withText === pageCount && pages.every((p) => !p.error)) return 'ok';
  return 'partial';
}
