/** A value found in page text, with what is needed for provenance (document, page, quote). */
export interface Extracted<T> {
  readonly value: T;
  /** The exact matched text as it appears in the page. */
  readonly quote: string;
  /** Character offsets in the page text: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly page?: number;
}

export function extracted<T>(
  value: T,
  text: string,
  start: number,
  end: number,
  page: number | undefined,
): Extracted<T> {
  const base = { value, quote: text.slice(start, end), start, end };
  return page === undefined ? base : { ...base, page };
}

/**
 * Full-width digits and punctuation (common in Chinese office documents) are
 * folded to ASCII one character for one, so offsets in the normalised text are
 * offsets in the original text.
 */
export function foldFullWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}
