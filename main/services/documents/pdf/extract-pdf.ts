import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { documentError } from '../document-error';
import { textStatusOf, type ExtractedDocument, type ExtractedPage } from '../extracted-document';
import { hasVisibleText } from '../normalize-text';
import { DeadlineExceeded, guarded } from './deadline';
import { isPositionedText, joinTextItems } from './join-text-items';
import { pdfOpenError } from './pdf-error';
import { metadataString, pdfDateToIso } from './pdf-metadata';
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

const DEFAULT_MAX_PAGES = 3000;
const DEFAULT_TIMEOUT_MS = 120_000;
/** Caps decoded image size should any code path decode images (text extraction does not). */
const MAX_IMAGE_PIXELS = 64 * 1024 * 1024;

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfjsModule> | undefined;
/** Loaded lazily: only the legacy build runs on Node 20 (the default build needs DOMMatrix). */
const loadPdfjs = (): Promise<PdfjsModule> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

const cancelled = (fileName: string) => documentError('E_CANCELLED', fileName, 'cancelled', '导入已取消。');

async function extractPages(
  doc: PDFDocumentProxy,
  limit: number,
  deadline: number,
  options: PdfExtractOptions,
): Promise<{ pages: ExtractedPage[]; timedOut: boolean }> {
  const pages: ExtractedPage[] = [];
  for (let index = 0; index < limit; index++) {
    if (options.signal?.aborted) throw cancelled(options.fileName);
    try {
      const page = await guarded(doc.getPage(index + 1), deadline, options.signal);
      const content = await guarded(page.getTextContent(), deadline, options.signal);
      page.cleanup();
      const text = joinTextItems(content.items.filter(isPositionedText));
      pages.push({ index, text, hasText: hasVisibleText(text) });
    } catch (error) {
      if (error instanceof DeadlineExceeded) return { pages, timedOut: true };
      if (options.signal?.aborted) throw cancelled(options.fileName);
      // A broken page (bad flate stream, illegal token) must not lose the good pages.
      pages.push({ index, text: '', hasText: false, error: (error as Error).message ?? String(error) });
    }
    try {
      options.onPage?.(index + 1, limit);
    } catch {
      // Progress reporting must never break extraction.
    }
  }
  return { pages, timedOut: false };
}

/**
 * Chinese text read with the wrong encoding shows up as runs of Latin-1 symbols
 * (“£¨Ò»¾ÅÈýÆß” is GBK read as WinAnsi). Real Western text rarely has four such
 * characters in a row, and we only look at pages that also contain Han.
 */
const looksGarbled = (text: string): boolean =>
  /\p{Script=Han}/u.test(text) && /[\u00a1-\u00ff]{4,}/u.test(text);

function describePages(indices: number[]): string {
  const shown = indices
    .slice(0, 20)
    .map((i) => i + 1)
    .join('、');
  return indices.length > 20 ? `${shown} 等 ${indices.length} 页` : shown;
}

/**
 * Extracts per-page text and metadata with pdf.js (legacy build, Node).
 * Security: scripts are never evaluated (`isEvalSupported: false`, no scripting
 * API used), XFA is not rendered, annotations/actions (Launch, URI, JavaScript)
 * are never read or followed, nothing is rendered (so image bombs are never
 * decoded), and CMaps/fonts are read from the installed package, never fetched.
 * @throws AppError E_ENCRYPTED, E_CORRUPT_FILE, E_CANCELLED
 */
export async function extractPdf(data: Uint8Array, options: PdfExtractOptions): Promise<ExtractedDocument> {
  const { getDocument } = await loadPdfjs();
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const assets = pdfjsAssets();
  const task: PDFDocumentLoadingTask = getDocument({
    // pdf.js may transfer (detach) the buffer it is given; the caller keeps its own.
    data: new Uint8Array(data),
    password: options.password,
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
  });
  // No `onPassword` handler: pdf.js then rejects with PasswordException (code 1 need / 2 incorrect)
  // instead of waiting for a password prompt.
  let doc: PDFDocumentProxy;
  try {
    doc = await guarded(task.promise, deadline, options.signal);
  } catch (error) {
    void task.destroy();
    if (options.signal?.aborted) throw cancelled(options.fileName);
    if (error instanceof DeadlineExceeded)
      throw documentError(
        'E_CORRUPT_FILE',
        options.fileName,
        'pdf-timeout',
        'PDF 解析超时，文件可能已损坏或结构异常。请用 PDF 阅读器打开后重新另存为 PDF，再导入。',
      );
    throw pdfOpenError(error, options.fileName);
  }

  try {
    const pageCount = doc.numPages;
    const limit = Math.min(pageCount, options.maxPages ?? DEFAULT_MAX_PAGES);
    const meta = await guarded(doc.getMetadata(), deadline, options.signal).catch(() => null);
    const { pages, timedOut } = await extractPages(doc, limit, deadline, options);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    const xmpTitle = meta?.metadata?.get('dc:title');
    const warnings: string[] = [];
    const failed = pages.filter((p) => p.error).map((p) => p.index);
    const noText = pages.filter((p) => !p.hasText && !p.error).map((p) => p.index);
    const garbled = pages.filter((p) => looksGarbled(p.text)).map((p) => p.index);
    if (failed.length > 0)
      warnings.push(`第 ${describePages(failed)} 页已损坏，无法读取文字；其余页面已导入。`);
    if (noText.length > 0)
      warnings.push(`第 ${describePages(noText)} 页没有文字层（可能是扫描件），需要 OCR 才能检索。`);
    if (garbled.length > 0)
      warnings.push(
        `第 ${describePages(garbled)} 页的部分文字可能是乱码（字体编码无法识别），检索和核查时请以原件为准。`,
      );
    if (pages.length < pageCount)
      warnings.push(
        timedOut
          ? `提取文字超时，只处理了前 ${pages.length} 页（共 ${pageCount} 页）。`
          : `文档共 ${pageCount} 页，超过 ${limit} 页的上限，只提取了前 ${limit} 页的文字。`,
      );
    if (info.IsXFAPresent === true)
      warnings.push(
        '这是 XFA 动态表单，页面上的文字可能只是“需要 Adobe Reader”之类的占位提示，表单内容未能提取。',
      );
    if (info.IsAcroFormPresent === true)
      warnings.push('文档含可填写表单，表单中填写的内容未包含在提取的文字中。');
    if (typeof info.EncryptFilterName === 'string' && !options.password)
      warnings.push('文档已加密（无需打开密码，但可能限制复制/打印），文字已正常提取。');
    return {
      pages,
      pageCount,
      title: metadataString(info.Title) ?? metadataString(xmpTitle),
      author: metadataString(info.Author),
      created: pdfDateToIso(info.CreationDate),
      textStatus: textStatusOf(pages, pageCount),
      warnings,
    };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
