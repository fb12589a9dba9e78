import * as pdfjsLib from 'pdfjs-dist';

// pdf.js's viewer components (web/pdf_viewer.mjs) read the core library from
// globalThis.pdfjsLib when they load: this module must be imported before them.
declare global {
  var pdfjsLib: typeof import('pdfjs-dist') | undefined;
}
globalThis.pdfjsLib = pdfjsLib;
