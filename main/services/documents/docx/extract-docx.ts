import mammoth from 'mammoth';
import { documentError } from '../document-error';
import type { ExtractedDocument } from '../extracted-document';
import { hasVisibleText, normalizeText } from '../normalize-text';
import { DOCX_STYLE_MAP } from './docx-style-map';
import { docxZipError } from './docx-zip-error';
import { readCoreProperties, type CoreProperties } from './core-properties';
import { inflateZipParts } from './inflate-parts';
import { mammothInput, type MammothZipFile } from './mammoth-input';
import { ZipInspectionError, type ZipLimits } from './zip-inspect';

export interface DocxExtractOptions {
  fileName: string;
  zipLimits?: ZipLimits;
}

/** Only images stored inside the package are inlined (as data URIs); anything else is dropped. */
const EMBEDDED_IMAGE = /^image\/(png|jpeg|gif|bmp|webp|tiff|x-emf|x-wmf|svg\+xml)$/;

const inlineEmbeddedImagesOnly = mammoth.images.imgElement(async (image) => {
  if (!EMBEDDED_IMAGE.test(image.contentType)) return { src: '' };
  return { src: `data:${image.contentType};base64,${await image.readAsBase64String()}` };
});

/**
 * Extracts DOCX text (for search and checks) and HTML (for the viewer).
 * The ZIP is checked against bomb limits and inflated once, within them, BEFORE
 * mammoth sees it (inflate-parts.ts); mammoth reads those parts from memory.
 * Mammoth is run with `externalFileAccess: false` (its default since 1.11, set
 * explicitly): linked images (TargetMode="External") are never read or fetched.
 * The HTML is NOT sanitized here (`javascript:` hrefs survive): the renderer
 * runs DOMPurify before display.
 *
 * A DOCX is stored as ONE page: page breaks in a flowing document depend on the
 * printer, fonts and layout engine, so mammoth's explicit breaks would not match
 * what the user sees in WPS/Word anyway.
 * @throws AppError E_CORRUPT_FILE, E_TOO_LARGE
 */
export async function extractDocx(bytes: Buffer, options: DocxExtractOptions): Promise<ExtractedDocument> {
  const { fileName } = options;
  let input: { file: MammothZipFile };
  let properties: CoreProperties;
  try {
    const parts = await inflateZipParts(bytes, options.zipLimits);
    input = mammothInput(parts);
    properties = readCoreProperties(parts);
  } catch (error) {
    if (error instanceof ZipInspectionError) throw docxZipError(error.problem, fileName);
    throw error;
  }
  let rawText: string;
  let html: string;
  const warnings: string[] = [];
  try {
    // Mammoth's types list only path/buffer inputs; see mammoth-input.ts for `file`.
    const raw = await mammoth.extractRawText(input as unknown as { buffer: Buffer });
    const converted = await mammoth.convertToHtml(input as unknown as { buffer: Buffer }, {
      styleMap: [...DOCX_STYLE_MAP],
      convertImage: inlineEmbeddedImagesOnly,
      externalFileAccess: false,
    });
    rawText = raw.value;
    html = converted.value;
    if (converted.messages.some((m) => /external/i.test(m.message)))
      warnings.push('文档中链接的外部图片或文件未被读取（出于安全考虑）。');
  } catch (error) {
    const detail = (error as Error).message ?? String(error);
    throw documentError(
      'E_CORRUPT_FILE',
      fileName,
      /entity/i.test(detail) ? 'docx-xml-entity' : 'docx-unreadable',
      '不是有效的 Word 文档或文件已损坏，无法读取正文。请用 WPS 或 Word 打开后重新“另存为” DOCX 或 PDF，再导入。',
      { detail },
    );
  }
  const text = normalizeText(rawText);
  const hasText = hasVisibleText(text);
  if (!hasText) warnings.push('文档中没有可提取的文字（内容可能是图片），需要 OCR 才能检索。');
  return {
    pages: [{ index: 0, text, hasText }],
    pageCount: 1,
    ...properties,
    textStatus: hasText ? 'ok' : 'none',
    warnings,
    html,
  };
}
