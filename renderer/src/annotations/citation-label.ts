import type { Annotation } from '../../../preload/contract/methods/annotations';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** "文书名称 第 N 页 “quote”" — the same wording the report uses for citations. */
export function citationLabel(a: Annotation, pageWord: (n: number) => string): string {
  const page = a.pageIndex !== null ? ` ${pageWord(a.pageIndex + 1)}` : '';
  const what = a.quote ? ` “${clip(a.quote, 30)}”` : a.body ? ` ${clip(a.body, 30)}` : '';
  return `${a.documentTitle}${page}${what}`;
}
