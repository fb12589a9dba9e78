import { extractAmounts, extractCaseNumbers, extractDates, extractOfficers, type Extracted } from '../checks';

/** One page of a document's stored text (page is 1-based within the document). */
export interface DocPage {
  readonly page: number;
  readonly text: string;
}

/** A value with where it was read: the page and the exact text. */
export interface Picked<T> {
  readonly value: T;
  readonly page: number;
  readonly quote: string;
}

const picked = <T, V = T>(e: Extracted<T>, value?: V): Picked<V> => ({
  value: value === undefined ? (e.value as unknown as V) : value,
  page: e.page ?? 1,
  quote: e.quote,
});

/** How far before a date a label such as 送达日期 may stand. */
const LABEL_WINDOW = 16;

/**
 * The date that a labelled line gives (e.g. 送达时间：2024年9月29日), else the
 * last date of the document: in Chinese official documents the date of the
 * act is the 落款 (signature) date at the end.
 */
export function pickDate(pages: readonly DocPage[], labels?: RegExp): Picked<string> | undefined {
  const all = pages.flatMap((p) => extractDates(p.text, p.page).map((d) => ({ d, text: p.text })));
  if (labels) {
    const hit = all.find(({ d, text }) =>
      labels.test(text.slice(Math.max(0, d.start - LABEL_WINDOW), d.start)),
    );
    if (hit) return picked(hit.d);
  }
  const last = all.at(-1);
  return last ? picked(last.d) : undefined;
}

/** The first date after a label (for forms where the first labelled date is the act, e.g. 检查时间). */
export function pickFirstDate(pages: readonly DocPage[], labels: RegExp): Picked<string> | undefined {
  for (const p of pages) {
    for (const d of extractDates(p.text, p.page)) {
      if (labels.test(p.text.slice(Math.max(0, d.start - LABEL_WINDOW), d.start))) return picked(d);
    }
  }
  const first = pages.flatMap((p) => extractDates(p.text, p.page))[0];
  return first ? picked(first) : undefined;
}

/** The first fine amount (罚款…元); other amounts (违法所得, 货值) are not fines. */
export function pickFine(pages: readonly DocPage[]): Picked<number> | undefined {
  for (const p of pages) {
    const fine = extractAmounts(p.text, p.page).find((a) => a.value.isFine);
    if (fine) return picked(fine, fine.value.yuan);
  }
  return undefined;
}

export function pickCaseNumber(pages: readonly DocPage[]): Picked<string> | undefined {
  for (const p of pages) {
    const n = extractCaseNumbers(p.text, p.page)[0];
    if (n) return picked(n, n.value.text);
  }
  return undefined;
}

export function pickOfficers(
  pages: readonly DocPage[],
): Picked<{ name: string; certificateNumber: string }>[] {
  const seen = new Set<string>();
  const out: Picked<{ name: string; certificateNumber: string }>[] = [];
  for (const p of pages) {
    for (const o of extractOfficers(p.text, p.page)) {
      if (seen.has(o.value.name)) continue;
      seen.add(o.value.name);
      out.push(picked(o, { name: o.value.name, certificateNumber: o.value.certificateNumber }));
    }
  }
  return out;
}

/** The first match of a pattern with its page; group 1 (when present) is the value. */
export function pickMatch(pages: readonly DocPage[], pattern: RegExp): Picked<string> | undefined {
  for (const p of pages) {
    const m = pattern.exec(p.text);
    if (m) return { value: (m[1] ?? m[0]).trim(), page: p.page, quote: m[0] };
  }
  return undefined;
}

export const allText = (pages: readonly DocPage[]): string => pages.map((p) => p.text).join('\n');
