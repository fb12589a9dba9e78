import { readFile } from 'node:fs/promises';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFRef } from '@cantoo/pdf-lib';
import { AppError } from '../../../preload/contract/app-error';
import type { Annotation, PdfRect } from '../../../preload/contract/methods/annotations';
import {
  highlightAppearance,
  noteIconAppearance,
  squareAppearance,
  underlineAppearance,
} from './annotation-appearance';

const DEFAULT_COLOR = '#faad14';

const rgb = (hex: string): number[] => {
  const n = Number.parseInt((/^#[0-9a-f]{6}$/i.test(hex) ? hex : DEFAULT_COLOR).slice(1), 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
};

/** PDF date string (ISO 32000-1 §7.9.4). */
const pdfDate = (iso: string) => `D:${iso.replace(/[-:T]/g, '').slice(0, 14)}Z`;

const bbox = (rects: readonly PdfRect[]): number[] => {
  const x1 = Math.min(...rects.map((r) => r.x));
  const y1 = Math.min(...rects.map((r) => r.y));
  const x2 = Math.max(...rects.map((r) => r.x + r.w));
  const y2 = Math.max(...rects.map((r) => r.y + r.h));
  return [x1, y1, x2, y2];
};

/** QuadPoints in the order viewers expect: upper-left, upper-right, lower-left, lower-right (per rectangle). */
const quadPoints = (rects: readonly PdfRect[]): number[] =>
  rects.flatMap((r) => [r.x, r.y + r.h, r.x + r.w, r.y + r.h, r.x, r.y, r.x + r.w, r.y]);

/**
 * A copy of the PDF at `path` with one real annotation object per annotation —
 * Highlight/Underline (with QuadPoints), Square for areas, Text (+ Popup) for
 * comments — carrying /Contents (the comment), /T (author) and /NM (our id), so
 * Acrobat, Foxit and WPS list and show them. The original file is only read.
 */
export async function writeAnnotatedPdf(
  path: string,
  annotations: readonly Annotation[],
  colors: ReadonlyMap<string, string> = new Map(),
): Promise<Uint8Array> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(await readFile(path), { updateMetadata: false });
  } catch (e) {
    throw new AppError('E_CORRUPT_FILE', `无法读取该 PDF，不能导出批注：${(e as Error).message}`);
  }
  const pages = pdf.getPages();
  const ctx = pdf.context;
  /** A Form XObject appearance whose BBox is the annotation's Rect (identity Matrix: page coordinates). */
  const appearance = (rect: number[], content: string, transparent = false) =>
    ctx.obj({
      N: ctx.register(
        ctx.stream(content, {
          Type: 'XObject',
          Subtype: 'Form',
          BBox: rect,
          Resources: transparent
            ? { ExtGState: { GS0: { Type: 'ExtGState', CA: 0.4, ca: 0.4, BM: 'Multiply' } } }
            : {},
        }),
      ),
    });
  for (const a of annotations) {
    const anchor = a.anchor;
    if (anchor.type !== 'pdf-text' && anchor.type !== 'area') continue;
    const page = pages[anchor.pageIndex];
    if (!page) continue;
    const rects = anchor.type === 'pdf-text' ? anchor.rects : [anchor.rect];
    const rect = bbox(rects);
    const color = rgb(colors.get(a.category) ?? DEFAULT_COLOR);
    const common = {
      Type: 'Annot',
      Rect: rect,
      C: color,
      Contents: PDFHexString.fromText(a.body || a.quote || a.category),
      T: PDFHexString.fromText(a.author.name),
      NM: PDFString.of(a.id),
      M: PDFString.of(pdfDate(a.updatedAt)),
      CreationDate: PDFString.of(pdfDate(a.createdAt)),
      Subj: PDFHexString.fromText(a.category),
      F: 4, // Print
    };
    let ref: PDFRef;
    if (a.kind === 'highlight' || a.kind === 'underline') {
      ref = ctx.register(
        ctx.obj({
          ...common,
          Subtype: a.kind === 'highlight' ? 'Highlight' : 'Underline',
          QuadPoints: quadPoints(rects),
          CA: a.kind === 'highlight' ? 0.4 : 1,
          AP:
            a.kind === 'highlight'
              ? appearance(rect, highlightAppearance(rects, color), true)
              : appearance(rect, underlineAppearance(rects, color)),
        }),
      );
    } else if (anchor.type === 'area') {
      ref = ctx.register(
        ctx.obj({
          ...common,
          Subtype: 'Square',
          BS: { W: 1.5 },
          AP: appearance(rect, squareAppearance(rects[0]!, color, 1.5)),
        }),
      );
    } else {
      // A comment on selected text: a note icon at the start of the selection.
      const [x1, , , y2] = rect as [number, number, number, number];
      const icon = [x1, y2 - 18, x1 + 18, y2];
      ref = ctx.register(
        ctx.obj({
          ...common,
          Subtype: 'Text',
          Rect: icon,
          Name: 'Comment',
          Open: false,
          AP: appearance(icon, noteIconAppearance(x1, y2 - 18, color)),
        }),
      );
    }
    page.node.addAnnot(ref);
    if (a.body) {
      const popup = ctx.register(
        ctx.obj({
          Type: 'Annot',
          Subtype: 'Popup',
          Rect: [rect[2]!, rect[3]! - 80, rect[2]! + 160, rect[3]!],
          Parent: ref,
          Open: false,
        }),
      );
      ctx.lookup(ref, PDFDict).set(PDFName.of('Popup'), popup);
      page.node.addAnnot(popup);
    }
  }
  return pdf.save({ useObjectStreams: false });
}
