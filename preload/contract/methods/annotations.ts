import { z } from 'zod';
import { defineMethod } from '../define-method';

/**
 * Annotations (批注) and evidence-linked findings — docs/annotations.md.
 * Anchors are stored in zoom-independent units: PDF user-space points
 * (origin bottom-left, as in the PDF file), characters of the extracted text,
 * or seconds of media. Originals are never modified.
 */

export const ANNOTATION_KINDS = ['highlight', 'underline', 'comment', 'area', 'media-note'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** Hard limits; the service explains each one in Chinese (contract bounds are only a safety net). */
export const ANNOTATION_LIMITS = {
  quoteChars: 2000,
  contextChars: 64,
  bodyChars: 5000,
  rects: 500,
  links: 50,
  categories: 20,
} as const;

const finite = z.number().finite();
const nonNeg = finite.nonnegative();
const pageIndex = z.number().int().nonnegative().max(100_000);

/** A rectangle in PDF user space: x, y of the lower-left corner, width and height in points. */
export const pdfRectSchema = z.object({ x: finite, y: finite, w: nonNeg, h: nonNeg }).strict();
export type PdfRect = z.infer<typeof pdfRectSchema>;

/** W3C TextQuoteSelector: the exact text and a little context on each side. */
export const textQuoteSchema = z
  .object({
    exact: z.string().max(100_000),
    prefix: z.string().max(1_000).default(''),
    suffix: z.string().max(1_000).default(''),
  })
  .strict();
export type TextQuote = z.output<typeof textQuoteSchema>;

export const annotationAnchorSchema = z.discriminatedUnion('type', [
  /** Text selected on a PDF page with a text layer. */
  z
    .object({
      type: z.literal('pdf-text'),
      pageIndex,
      rects: z.array(pdfRectSchema).min(1).max(10_000),
      quote: textQuoteSchema,
    })
    .strict(),
  /** A dragged rectangle on a (scanned) PDF page or an image (pageIndex 0, image pixels as points). */
  z.object({ type: z.literal('area'), pageIndex, rect: pdfRectSchema }).strict(),
  /** Text selected in a DOCX, with its character offsets in the extracted text. */
  z
    .object({
      type: z.literal('docx-text'),
      quote: textQuoteSchema,
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
    })
    .strict(),
  /** A time position (end null) or range in an audio/video record, in seconds. */
  z.object({ type: z.literal('media'), start: nonNeg, end: nonNeg.nullable() }).strict(),
]);
export type AnnotationAnchor = z.output<typeof annotationAnchorSchema>;
export type AnnotationAnchorInput = z.input<typeof annotationAnchorSchema>;

export interface AnnotationAuthor {
  name: string;
  unit: string;
}

export interface Annotation {
  id: string;
  caseId: string;
  /** The current document (re-attached by SHA-256 after a re-import); the stored id when orphaned. */
  documentId: string;
  documentSha256: string;
  documentTitle: string;
  /** The document is no longer in the case: the annotation is kept and flagged. */
  orphaned: boolean;
  kind: AnnotationKind;
  pageIndex: number | null;
  anchor: AnnotationAnchor;
  quote: string | null;
  category: string;
  body: string;
  author: AnnotationAuthor;
  itemCodes: string[];
  ruleIds: string[];
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/**
 * One annotation as evidence for the report (#7): "文书名称 第 N 页 “quote”".
 * `pageIndex` is 0-based (print pageIndex + 1).
 */
export interface EvidenceCitation {
  annotationId: string;
  itemCodes: string[];
  ruleIds: string[];
  documentId: string;
  documentTitle: string;
  pageIndex: number | null;
  quote: string | null;
  comment: string;
  author: string;
  category: string;
  orphaned: boolean;
}

export interface AnnotationCategory {
  label: string;
  /** CSS hex colour, e.g. #f5222d. */
  color: string;
}

export const annotationCategorySchema = z
  .object({
    label: z.string().trim().min(1).max(20),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  })
  .strict();

export interface AnnotationSettings {
  categories: AnnotationCategory[];
  /** 扣分须附证据: every deduct/veto item needs a linked annotation before submit. */
  evidenceRequired: boolean;
}

/** Items of a review lacking evidence (details of the E_CONFLICT refusal). */
export interface MissingEvidence {
  itemCode: string;
  title: string;
  status: 'deduct' | 'veto';
}

export interface AnnotationImportOutcome {
  created: number;
  updated: number;
  unchanged: number;
}

const id = z.string().min(1).max(64);
const code = z.string().trim().min(1).max(64);
const links = z.array(code).max(1_000);

const createArgs = z
  .object({
    caseId: id,
    documentId: id,
    kind: z.enum(ANNOTATION_KINDS),
    anchor: annotationAnchorSchema,
    category: z.string().trim().min(1).max(100),
    body: z.string().max(100_000).default(''),
    itemCodes: links.default([]),
    ruleIds: links.default([]),
  })
  .strict();
export type CreateAnnotationInput = z.output<typeof createArgs>;

const updateArgs = z
  .object({
    id,
    anchor: annotationAnchorSchema.optional(),
    category: z.string().trim().min(1).max(100).optional(),
    body: z.string().max(100_000).optional(),
    itemCodes: links.optional(),
    ruleIds: links.optional(),
  })
  .strict();
export type UpdateAnnotationInput = z.output<typeof updateArgs>;

const listArgs = z
  .object({
    caseId: id,
    documentId: id.optional(),
    author: z.string().max(100).optional(),
    category: z.string().max(100).optional(),
    itemCode: code.optional(),
    includeDeleted: z.boolean().optional(),
  })
  .strict();
export type AnnotationFilter = z.input<typeof listArgs>;

export const annotationMethods = {
  'annotations.list': defineMethod<Annotation[]>()(listArgs),
  'annotations.create': defineMethod<Annotation>()(createArgs),
  'annotations.update': defineMethod<Annotation>()(updateArgs),
  /** Soft delete: `annotations.restore` undoes it. */
  'annotations.remove': defineMethod<Annotation>()(z.object({ id }).strict()),
  'annotations.restore': defineMethod<Annotation>()(z.object({ id }).strict()),
  /** Links (or unlinks) annotations to one standard item — "添加证据". */
  'annotations.linkItem': defineMethod<Annotation[]>()(
    z.object({ ids: z.array(id).min(1).max(1_000), itemCode: code, linked: z.boolean() }).strict(),
  ),
  /** Evidence of a pre-check rule result → annotations in one step (deduplicated). */
  'annotations.fromCheck': defineMethod<Annotation[]>()(
    z.object({ caseId: id, ruleId: code, itemCode: code.optional() }).strict(),
  ),
  'annotations.citations': defineMethod<EvidenceCitation[]>()(z.object({ caseId: id }).strict()),
  /** Deduct/veto items of a review without linked evidence. */
  'annotations.missingEvidence': defineMethod<MissingEvidence[]>()(z.object({ reviewId: id }).strict()),
  'annotations.exportW3c': defineMethod<{ json: string; fileName: string }>()(
    z.object({ caseId: id }).strict(),
  ),
  'annotations.importW3c': defineMethod<AnnotationImportOutcome>()(
    z.object({ json: z.string().min(1).max(50_000_000) }).strict(),
  ),
  /** A copy of a PDF with real PDF annotation objects; the original blob is untouched. */
  'annotations.exportPdf': defineMethod<{ base64: string; fileName: string; count: number }>()(
    z.object({ documentId: id }).strict(),
  ),
  'annotations.settings': defineMethod<AnnotationSettings>()(z.object({}).strict()),
  'annotations.saveSettings': defineMethod<AnnotationSettings>()(
    z
      .object({
        categories: z.array(annotationCategorySchema).min(1).max(100).optional(),
        evidenceRequired: z.boolean().optional(),
      })
      .strict(),
  ),
};
