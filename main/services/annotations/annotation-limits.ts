import { AppError } from '../../../preload/contract/app-error';
import {
  ANNOTATION_LIMITS as L,
  type AnnotationAnchor,
  type AnnotationKind,
} from '../../../preload/contract/methods/annotations';

/** Which anchor types each kind accepts (a highlight needs text; an area needs a rectangle). */
const ANCHORS_BY_KIND: Record<AnnotationKind, readonly AnnotationAnchor['type'][]> = {
  highlight: ['pdf-text', 'docx-text'],
  underline: ['pdf-text', 'docx-text'],
  comment: ['pdf-text', 'docx-text', 'area'],
  area: ['area'],
  'media-note': ['media'],
};

const KIND_LABEL: Record<AnnotationKind, string> = {
  highlight: '高亮',
  underline: '下划线',
  comment: '批注',
  area: '区域批注',
  'media-note': '音像时间批注',
};

/** Which anchors fit which viewer (from the detected file type): text anchors need text, media needs a timeline. */
const ANCHORS_BY_VIEWER: Record<string, readonly AnnotationAnchor['type'][]> = {
  pdf: ['pdf-text', 'area'],
  image: ['area'],
  docx: ['docx-text'],
  audio: ['media'],
  video: ['media'],
};

/** Refuses e.g. a PDF text anchor on a DOCX or a time note on a PDF. */
export function checkAnchorFitsDocument(anchor: AnnotationAnchor, viewer: string, fileName: string): void {
  if (!(ANCHORS_BY_VIEWER[viewer] ?? []).includes(anchor.type)) {
    throw new AppError('E_INVALID_ARGS', `“${fileName}”不能添加这种批注（${anchor.type}）`, {
      field: 'anchor',
    });
  }
}

const invalid = (message: string, field: string) => new AppError('E_INVALID_ARGS', message, { field });

/** The quote's exact text, trimmed of nothing: what the reviewer selected is what is cited. */
export const anchorQuote = (anchor: AnnotationAnchor): string | null =>
  anchor.type === 'pdf-text' || anchor.type === 'docx-text' ? anchor.quote.exact : null;

export const anchorPageIndex = (anchor: AnnotationAnchor): number | null =>
  anchor.type === 'pdf-text' || anchor.type === 'area' ? anchor.pageIndex : null;

/**
 * Checks an anchor against its kind and the limits, with a Chinese message
 * naming what to change. Runs before any write, so a refusal changes nothing.
 */
export function checkAnchor(kind: AnnotationKind, anchor: AnnotationAnchor, pageCount: number | null): void {
  if (!ANCHORS_BY_KIND[kind].includes(anchor.type)) {
    throw invalid(`${KIND_LABEL[kind]}不能用于这种位置（${anchor.type}）`, 'anchor');
  }
  if (anchor.type === 'pdf-text' || anchor.type === 'docx-text') {
    const { exact, prefix, suffix } = anchor.quote;
    if (exact.trim().length === 0) throw invalid('没有选中文字：请先选中要批注的文字', 'anchor.quote.exact');
    if (exact.length > L.quoteChars) {
      throw invalid(
        `选中的文字过长（${exact.length} 字），一条批注最多引用 ${L.quoteChars} 字：请缩短选择范围或分成几条批注`,
        'anchor.quote.exact',
      );
    }
    if (prefix.length > L.contextChars || suffix.length > L.contextChars) {
      throw invalid(`引用的上下文最多 ${L.contextChars} 字`, 'anchor.quote');
    }
  }
  if (anchor.type === 'pdf-text' && anchor.rects.length > L.rects) {
    throw invalid(
      `选中区域由 ${anchor.rects.length} 个矩形组成，最多 ${L.rects} 个：请缩短选择范围`,
      'anchor.rects',
    );
  }
  if (anchor.type === 'docx-text' && anchor.end <= anchor.start) {
    throw invalid('文字位置无效：结束位置必须大于开始位置', 'anchor.end');
  }
  if (anchor.type === 'area' && (anchor.rect.w < 1 || anchor.rect.h < 1)) {
    throw invalid('区域太小：请拖出一个矩形', 'anchor.rect');
  }
  if (anchor.type === 'media' && anchor.end !== null && anchor.end < anchor.start) {
    throw invalid('时间段无效：结束时间早于开始时间', 'anchor.end');
  }
  const page = anchorPageIndex(anchor);
  if (page !== null && pageCount !== null && pageCount > 0 && page >= pageCount) {
    throw invalid(`页码超出范围：该文件共 ${pageCount} 页，批注在第 ${page + 1} 页`, 'anchor.pageIndex');
  }
}

export function checkBody(body: string): void {
  if (body.length > L.bodyChars) {
    throw invalid(`批注内容过长（${body.length} 字），最多 ${L.bodyChars} 字`, 'body');
  }
}

/** Deduplicated links, bounded. */
export function checkLinks(values: readonly string[], what: '评查项目' | '预检规则'): string[] {
  const unique = [...new Set(values.map((v) => v.trim()))];
  if (unique.length > L.links) throw invalid(`一条批注最多关联 ${L.links} 个${what}`, what);
  return unique;
}
