import type { PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';

type PdfL10n = NonNullable<ConstructorParameters<typeof PDFViewer>[0]['l10n']>;

/**
 * The localisation object pdf.js's viewer asks for, doing nothing. Its default builds
 * English Fluent bundles for every viewer and translates each of the 500 page
 * placeholders of a long dossier through a DOM observer (measured: ~25 ms before
 * page 1 paints). Given an l10n, the viewer translates nothing itself; the one
 * string the parts we use need, the page landmark, is set by `labelPageLandmarks`.
 */
export const silentL10n = {
  getLanguage: () => 'zh-cn',
  getDirection: () => 'ltr',
  get: (_ids: unknown, _args: unknown, fallback?: string) => Promise.resolve(fallback ?? ''),
  translate: () => Promise.resolve(),
  translateOnce: () => Promise.resolve(),
  destroy: () => Promise.resolve(),
  pause: () => undefined,
  resume: () => undefined,
  // pdf.js types its L10n as a class with private fields; the viewer only calls these methods.
} as unknown as PdfL10n;

/** Labels the page placeholders ("第 N 页") that screen readers announce as landmarks. */
export function labelPageLandmarks(container: HTMLElement, label: (page: number) => string): void {
  for (const page of container.querySelectorAll<HTMLElement>('[data-l10n-id="pdfjs-page-landmark"]')) {
    const { page: n } = JSON.parse(page.dataset.l10nArgs ?? '{}') as { page?: number };
    if (n) page.setAttribute('aria-label', label(n));
  }
}
