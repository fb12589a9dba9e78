import fontkit from '@cantoo/fontkit';
import { PDFDocument } from '@cantoo/pdf-lib';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// The OFL font file the app ships for reports; read the .ttf directly (its index.js is for Expo).
const fontPath = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
let fontBytes: Buffer | undefined;

/** A real PDF with Chinese text per page (subset-embedded Noto Sans SC), for import and viewer tests. */
export async function buildCjkPdf(pages: string[], title?: string): Promise<Buffer> {
  fontBytes ??= readFileSync(fontPath);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(fontBytes, { subset: true });
  for (const text of pages) {
    const page = doc.addPage([595, 842]);
    text.split('\n').forEach((line, i) => {
      if (line) page.drawText(line, { x: 50, y: 780 - i * 24, size: 14, font });
    });
  }
  if (title) doc.setTitle(title);
  return Buffer.from(await doc.save());
}
