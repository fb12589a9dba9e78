import { z } from 'zod';
import {
  ANNOTATION_KINDS,
  annotationAnchorSchema,
  type Annotation,
  type AnnotationAnchor,
} from '../../../preload/contract/methods/annotations';

/**
 * W3C Web Annotation (https://www.w3.org/TR/annotation-model/) mapping.
 * Standard selectors make the export readable by other tools; the `pingcha`
 * extension object carries the exact anchor and links so a re-import is lossless.
 * Format and examples: docs/annotations.md.
 */
export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const PINGCHA_FORMAT = 1;
export const ID_PREFIX = 'urn:pingcha:annotation:';

const MOTIVATION: Record<Annotation['kind'], string> = {
  highlight: 'highlighting',
  underline: 'highlighting',
  comment: 'commenting',
  area: 'commenting',
  'media-note': 'commenting',
};

function selectors(anchor: AnnotationAnchor): object[] {
  switch (anchor.type) {
    case 'pdf-text': {
      const r = anchor.rects[0]!;
      return [
        { type: 'TextQuoteSelector', ...anchor.quote },
        {
          type: 'FragmentSelector',
          conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
          value: `page=${anchor.pageIndex + 1}&viewrect=${r.x},${r.y},${r.w},${r.h}`,
        },
      ];
    }
    case 'area': {
      const r = anchor.rect;
      return [
        {
          type: 'FragmentSelector',
          conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
          value: `page=${anchor.pageIndex + 1}&viewrect=${r.x},${r.y},${r.w},${r.h}`,
        },
      ];
    }
    case 'docx-text':
      return [
        { type: 'TextQuoteSelector', ...anchor.quote },
        { type: 'TextPositionSelector', start: anchor.start, end: anchor.end },
      ];
    case 'media':
      return [
        {
          type: 'FragmentSelector',
          conformsTo: 'http://www.w3.org/TR/media-frags/',
          value: anchor.end === null ? `t=${anchor.start}` : `t=${anchor.start},${anchor.end}`,
        },
      ];
  }
}

export function toW3c(a: Annotation) {
  return {
    '@context': W3C_CONTEXT,
    id: ID_PREFIX + a.id,
    type: 'Annotation',
    motivation: MOTIVATION[a.kind],
    created: a.createdAt,
    modified: a.updatedAt,
    creator: { type: 'Person', name: a.author.name },
    body: [
      ...(a.body
        ? [{ type: 'TextualBody', purpose: 'commenting', value: a.body, format: 'text/plain' }]
        : []),
      { type: 'TextualBody', purpose: 'tagging', value: a.category },
    ],
    target: {
      source: `urn:sha256:${a.documentSha256}`,
      selector: selectors(a.anchor),
    },
    pingcha: {
      format: PINGCHA_FORMAT,
      caseId: a.caseId,
      documentId: a.documentId,
      documentTitle: a.documentTitle,
      kind: a.kind,
      anchor: a.anchor,
      category: a.category,
      authorUnit: a.author.unit,
      itemCodes: a.itemCodes,
      ruleIds: a.ruleIds,
      deletedAt: a.deletedAt,
    },
  };
}

const iso = z.string().min(10).max(40);
const code = z.string().trim().min(1).max(64);

/** What an imported annotation must contain; standard-only annotations from other tools are refused with a reason. */
export const w3cAnnotationSchema = z.object({
  id: z
    .string()
    .startsWith(ID_PREFIX, `id 必须以 ${ID_PREFIX} 开头`)
    .refine((v) => /^[0-9A-Za-z]{1,64}$/.test(v.slice(ID_PREFIX.length)), 'id 格式无效'),
  type: z.literal('Annotation'),
  created: iso,
  modified: iso,
  creator: z.object({ name: z.string().trim().min(1).max(100) }),
  body: z.array(z.object({ purpose: z.string().optional(), value: z.string().max(5000) })).max(10),
  target: z.object({
    source: z.string().regex(/^urn:sha256:[0-9a-f]{64}$/, '必须是 urn:sha256:<64 位十六进制>'),
  }),
  pingcha: z.object({
    format: z.literal(PINGCHA_FORMAT),
    caseId: z.string().min(1).max(64),
    documentId: z.string().min(1).max(64),
    documentTitle: z.string().max(500),
    kind: z.enum(ANNOTATION_KINDS),
    anchor: annotationAnchorSchema,
    category: z.string().trim().min(1).max(100),
    authorUnit: z.string().max(200).default(''),
    itemCodes: z.array(code).max(50),
    ruleIds: z.array(code).max(50),
    deletedAt: iso.nullable(),
  }),
});

export const w3cCollectionSchema = z.object({
  type: z.literal('AnnotationCollection'),
  first: z.object({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()).max(100_000) }),
});

export type W3cAnnotation = z.output<typeof w3cAnnotationSchema>;
