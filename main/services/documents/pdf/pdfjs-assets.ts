import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PdfjsAssets {
  /** Folder of the packed CMaps (`*.bcmap`), with a trailing separator as pdf.js expects. */
  cMapUrl: string;
  /** Folder of the standard font data, with a trailing separator. */
  standardFontDataUrl: string;
  /** file: URL of the legacy build, for `import()` inside a worker thread. */
  legacyModuleUrl: string;
}

let cached: PdfjsAssets | undefined;

/**
 * Locates the CMaps and standard fonts inside the installed pdfjs-dist at
 * runtime (never a hard-coded path: dev, tests and the packaged app differ).
 * Without CMaps, PDFs using predefined Chinese CMaps (GBK-EUC-H, UniGB-UTF16-H...)
 * return no text and no error. In Node pdf.js reads these folders with `fs`;
 * nothing is fetched over the network.
 */
export function pdfjsAssets(): PdfjsAssets {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  cached = {
    cMapUrl: join(root, 'cmaps') + sep,
    standardFontDataUrl: join(root, 'standard_fonts') + sep,
    legacyModuleUrl: pathToFileURL(join(root, 'legacy', 'build', 'pdf.mjs')).href,
  };
  return cached;
}
