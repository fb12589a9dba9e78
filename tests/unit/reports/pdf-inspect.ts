import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream } from '@cantoo/pdf-lib';
import { makeTempDir } from '../../helpers/temp-dir';

/** Text of every page as pdf.js extracts it, whitespace removed (CJK layout adds none). */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((it) => ('str' in it ? it.str : ''))
        .join('')
        .replace(/\s+/g, ''),
    );
  }
  await doc.destroy();
  return pages;
}

export const squash = (s: string) => s.replace(/\s+/g, '');

export interface EmbeddedFont {
  name: string;
  hasFontFile2: boolean;
}

/** Every FontDescriptor in the file: its FontName and whether the TrueType program is embedded. */
export async function embeddedFonts(bytes: Uint8Array): Promise<EmbeddedFont[]> {
  const doc = await PDFDocument.load(bytes);
  const fonts: EmbeddedFont[] = [];
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    const dict =
      obj instanceof PDFDict
        ? obj
        : obj instanceof PDFStream || obj instanceof PDFRawStream
          ? obj.dict
          : null;
    if (!dict || dict.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    fonts.push({
      name: String(dict.get(PDFName.of('FontName'))).replace(/^\//, ''),
      hasFontFile2: dict.has(PDFName.of('FontFile2')),
    });
  }
  return fonts;
}

export interface Gray {
  width: number;
  height: number;
  /** Dots per PDF point. */
  scale: number;
  pixels: Uint8Array;
}

/**
 * Renders page 1 with pdftoppm while fontconfig knows no fonts at all, so any
 * glyph on the image must come from the font embedded in the PDF.
 */
export function renderFirstPage(bytes: Uint8Array, dpi = 72): Gray {
  const temp = makeTempDir('pingcha-render-');
  try {
    const pdf = join(temp.dir, 'in.pdf');
    writeFileSync(pdf, bytes);
    const fontsConf = join(temp.dir, 'fonts.conf');
    writeFileSync(
      fontsConf,
      '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig></fontconfig>\n',
    );
    execFileSync(
      'pdftoppm',
      ['-f', '1', '-l', '1', '-r', String(dpi), '-gray', pdf, join(temp.dir, 'page')],
      {
        env: { ...process.env, FONTCONFIG_FILE: fontsConf, FONTCONFIG_PATH: temp.dir },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    const out = readFileSync(join(temp.dir, 'page-1.pgm'));
    // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
    const header = out
      .subarray(0, 40)
      .toString('latin1')
      .match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
    if (!header) throw new Error('pdftoppm did not write a PGM image');
    const [, w, h] = header.map(Number) as [number, number, number];
    return { width: w, height: h, scale: dpi / 72, pixels: out.subarray(header[0].length) };
  } finally {
    temp.cleanup();
  }
}

/** Share of dark pixels inside a rectangle given in PDF points from the top-left corner. */
export function inkRatio(img: Gray, box: { x: number; top: number; width: number; height: number }): number {
  let dark = 0;
  let all = 0;
  const x0 = Math.round(box.x * img.scale);
  const y0 = Math.round(box.top * img.scale);
  const x1 = Math.round((box.x + box.width) * img.scale);
  const y1 = Math.round((box.top + box.height) * img.scale);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      all += 1;
      if (img.pixels[y * img.width + x]! < 128) dark += 1;
    }
  }
  return dark / all;
}
