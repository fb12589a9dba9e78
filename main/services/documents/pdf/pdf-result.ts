import { documentError } from '../document-error';
import { textStatusOf, type ExtractedDocument, type ExtractedPage } from '../extracted-document';
import { metadataString, pdfDateToIso } from './pdf-metadata';

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

export interface RawPdfResult {
  pages: ExtractedPage[];
  pageCount: number;
  /** Pages that were meant to be extracted (min of page count and page limit). */
  limit: number;
  timedOut: boolean;
  /** pdf.js `getMetadata().info` (arbitrary values). */
  info: Record<string, unknown>;
  xmpTitle: unknown;
  passwordGiven: boolean;
}

/** Turns extracted pages and metadata into the result with Chinese warnings. */
export function buildPdfResult(raw: RawPdfResult): ExtractedDocument {
  const { pages, pageCount, limit, info } = raw;
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
      raw.timedOut
        ? `提取文字超时，只处理了前 ${pages.length} 页（共 ${pageCount} 页）。`
        : `文档共 ${pageCount} 页，超过 ${limit} 页的上限，只提取了前 ${limit} 页的文字。`,
    );
  if (info.IsXFAPresent === true)
    warnings.push(
      '这是 XFA 动态表单，页面上的文字可能只是“需要 Adobe Reader”之类的占位提示，表单内容未能提取。',
    );
  if (info.IsAcroFormPresent === true)
    warnings.push('文档含可填写表单，表单中填写的内容未包含在提取的文字中。');
  if (typeof info.EncryptFilterName === 'string' && !raw.passwordGiven)
    warnings.push('文档已加密（无需打开密码，但可能限制复制/打印），文字已正常提取。');
  return {
    pages,
    pageCount,
    title: metadataString(info.Title) ?? metadataString(raw.xmpTitle),
    author: metadataString(info.Author),
    created: pdfDateToIso(info.CreationDate),
    textStatus: textStatusOf(pages, pageCount),
    warnings,
  };
}

export const pdfTimeoutError = (fileName: string) =>
  documentError(
    'E_CORRUPT_FILE',
    fileName,
    'pdf-timeout',
    'PDF 解析超时，文件可能已损坏或结构异常。请用 PDF 阅读器打开后重新另存为 PDF，再导入。',
  );

export const pdfCancelledError = (fileName: string) =>
  documentError('E_CANCELLED', fileName, 'cancelled', '导入已取消。');
