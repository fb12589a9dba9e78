import { createHash } from 'node:crypto';
import { PDFDocument, PageSizes, rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import { reportFontkit } from './fast-fontkit';
import { drawTable, type TableSpec } from './table';
import { wrapText } from './wrap-text';

export const INK = rgb(0, 0, 0);
export const GREY = rgb(0.35, 0.35, 0.35);
export const RULE = rgb(0.55, 0.55, 0.55);

interface FontMetrics {
  /** Code points the font has glyphs for. */
  glyphs: Set<number>;
  /** Advance width of a character at size 1. */
  advance: Map<string, number>;
}

/** Metrics depend only on the font file, so one cache serves every document. */
const METRICS = new WeakMap<Uint8Array, FontMetrics>();
function metricsFor(bytes: Uint8Array, font: PDFFont): FontMetrics {
  let m = METRICS.get(bytes);
  if (!m) {
    m = { glyphs: new Set(font.getCharacterSet()), advance: new Map() };
    METRICS.set(bytes, m);
  }
  return m;
}

/** Six capital letters derived from the document title, so equal input gives equal bytes. */
function subsetTag(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  return [...digest.subarray(0, 6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
}

export interface WriterMeta {
  title: string;
  subject?: string;
  /** Fixed timestamp so identical input gives identical bytes (tests, hashes of files). */
  date?: Date;
  /** Wide tables (汇总表) print on landscape A4. */
  landscape?: boolean;
}

/**
 * A4 flow layout over pdf-lib: a cursor moves down the page and every block
 * asks for room first, so nothing is drawn below the bottom margin. One font
 * (Noto Sans SC, always subset) is enough for official paperwork; headings
 * differ by size. Page numbers and the footer are drawn in `finish`, when the
 * page count is known.
 */
export class PdfWriter {
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly margin = { left: 56, right: 56, top: 60, bottom: 70 };
  page!: PDFPage;
  y = 0;
  private readonly metrics: FontMetrics;

  private constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    landscape: boolean,
    fontBytes: Uint8Array,
  ) {
    this.metrics = metricsFor(fontBytes, font);
    const [short, long] = PageSizes.A4;
    this.pageWidth = landscape ? long : short;
    this.pageHeight = landscape ? short : long;
    this.newPage();
  }

  static async create(fontBytes: Uint8Array, meta: WriterMeta): Promise<PdfWriter> {
    const doc = await PDFDocument.create();
    doc.registerFontkit(reportFontkit as never);
    // subset: true is essential: the full font is 10 MB (platform-notes.md). The
    // ABCDEF+ tag is how PDF readers and preflight tools recognise a subset
    // (ISO 32000-1 §9.6.4); pdf-lib would otherwise name it NotoSansSC-Regular-1234.
    const font = await doc.embedFont(fontBytes, {
      subset: true,
      customName: `${subsetTag(meta.title)}+NotoSansSC-Regular`,
    });
    doc.setTitle(meta.title);
    if (meta.subject) doc.setSubject(meta.subject);
    doc.setProducer('Pingcha 评查');
    doc.setCreator('Pingcha 评查');
    if (meta.date) {
      doc.setCreationDate(meta.date);
      doc.setModificationDate(meta.date);
    }
    return new PdfWriter(doc, font, meta.landscape ?? false, fontBytes);
  }

  get contentWidth(): number {
    return this.pageWidth - this.margin.left - this.margin.right;
  }

  /** Lowest y that content may reach. */
  get floor(): number {
    return this.margin.bottom;
  }

  /**
   * Sum of per-character advances, cached per font: fontkit's full layout per
   * call dominated the run time (wrapping measures every token). CJK text has
   * no kerning, so the sum is exact for it and within a hair for Latin.
   */
  measure(text: string, size: number): number {
    const { advance, glyphs } = this.metrics;
    let width = 0;
    for (const c of text) {
      const ch = glyphs.has(c.codePointAt(0)!) || /\s/u.test(c) ? c : '?';
      let w = advance.get(ch);
      if (w === undefined) {
        w = this.font.widthOfTextAtSize(ch, 1);
        advance.set(ch, w);
      }
      width += w;
    }
    return width * size;
  }

  wrap(text: string, size: number, width: number): string[] {
    return wrapText(text, width, (s) => this.measure(s, size));
  }

  newPage(): void {
    this.page = this.doc.addPage([this.pageWidth, this.pageHeight]);
    this.y = this.pageHeight - this.margin.top;
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < this.floor) this.newPage();
  }

  gap(height: number): void {
    this.y -= height;
  }

  /**
   * Characters the font lacks would print as invisible .notdef boxes while
   * still extracting as text; they become a visible “?” instead.
   */
  printable(s: string): string {
    const glyphs = this.metrics.glyphs;
    return [...s].map((c) => (glyphs.has(c.codePointAt(0)!) || /\s/u.test(c) ? c : '?')).join('');
  }

  text(line: string, x: number, baseline: number, size: number, color = INK): void {
    if (line) this.page.drawText(this.printable(line), { x, y: baseline, size, font: this.font, color });
  }

  /** Centred title lines (wrapped when long). */
  title(text: string, size = 20): void {
    for (const line of this.wrap(text, size, this.contentWidth)) {
      this.ensure(size * 1.6);
      const x = this.margin.left + (this.contentWidth - this.measure(line, size)) / 2;
      this.text(line, x, this.y - size, size);
      this.y -= size * 1.6;
    }
  }

  /** A section heading with a rule under it; keeps at least two body lines with it. */
  heading(text: string, size = 13): void {
    this.ensure(size * 1.8 + 40);
    this.y -= 6;
    this.text(text, this.margin.left, this.y - size, size);
    this.y -= size * 1.5;
    this.page.drawLine({
      start: { x: this.margin.left, y: this.y },
      end: { x: this.margin.left + this.contentWidth, y: this.y },
      thickness: 0.6,
      color: RULE,
    });
    this.y -= 6;
  }

  /** Wrapped body text; `indent` shifts every line, `firstIndent` only the first (首行缩进). */
  paragraph(
    text: string,
    opts: { size?: number; indent?: number; color?: ReturnType<typeof rgb> } = {},
  ): void {
    const size = opts.size ?? 10.5;
    const indent = opts.indent ?? 0;
    const lineHeight = size * 1.55;
    for (const line of this.wrap(text, size, this.contentWidth - indent)) {
      this.ensure(lineHeight);
      this.text(line, this.margin.left + indent, this.y - size, size, opts.color);
      this.y -= lineHeight;
    }
  }

  table(spec: TableSpec): void {
    drawTable(this, spec);
  }

  /** Draws "第 x 页 共 y 页" and the footer on every page. Call once, last. */
  finish(footer: string): void {
    const pages = this.doc.getPages();
    const size = 8;
    pages.forEach((page, i) => {
      const label = `第 ${i + 1} 页 共 ${pages.length} 页`;
      const labelX = (this.pageWidth - this.measure(label, 9)) / 2;
      page.drawText(this.printable(label), { x: labelX, y: 40, size: 9, font: this.font, color: INK });
      const lines = this.wrap(footer, size, this.contentWidth);
      lines.forEach((line, j) =>
        page.drawText(this.printable(line), {
          x: this.margin.left,
          y: 26 - j * 10,
          size,
          font: this.font,
          color: GREY,
        }),
      );
    });
  }

  async save(): Promise<Uint8Array> {
    return this.doc.save({ useObjectStreams: true });
  }
}
