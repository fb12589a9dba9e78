import { pdfjsAssets } from './pdfjs-assets';

export interface PdfExtractOptions {
  fileName: string;
  /** User password for encrypted PDFs; passed through unchanged (non-ASCII allowed). */
  password?: string;
  /** Pages beyond this are not extracted (text status becomes partial). Default 3000. */
  maxPages?: number;
  /** Wall-clock budget for the whole document. Default 120 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called after each page (done pages, pages to extract): long dossiers take seconds. */
  onPage?: (done: number, total: number) => void;
}

export const DEFAULT_MAX_PAGES = 3000;
export const DEFAULT_TIMEOUT_MS = 120_000;
/** Caps decoded image size should any code path decode images (text extraction does not). */
const MAX_IMAGE_PIXELS = 64 * 1024 * 1024;

/**
 * The pdf.js `getDocument` parameters (without `data`), plain values only so the
 * isolated worker can receive them too. Scripts are never evaluated, XFA is not
 * rendered, fonts are not installed, and CMaps/fonts come from the installed package.
 * There is no `onPassword` handler: pdf.js then rejects with PasswordException
 * (code 1 need / 2 incorrect) instead of waiting for a password prompt.
 */
export function pdfDocumentParams(password: string | undefined) {
  const assets = pdfjsAssets();
  return {
    ...(password !== undefined ? { password } : {}),
    cMapUrl: assets.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFontDataUrl,
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    stopAtErrors: false,
    verbosity: 0,
  };
}
