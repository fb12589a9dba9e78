import { GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker, cMaps (older Chinese PDFs show no text without them), standard
// fonts and wasm decoders are all served from the app's own origin (copied into
// out/renderer/pdfjs by the Vite config): nothing is fetched from the network.
GlobalWorkerOptions.workerSrc = workerUrl;

const assetUrl = (path: string) => new URL(`pdfjs/${path}`, document.baseURI).href;

/** Options shared by every document load in the renderer. */
export const pdfLoadOptions = () => ({
  cMapUrl: assetUrl('cmaps/'),
  cMapPacked: true,
  standardFontDataUrl: assetUrl('standard_fonts/'),
  wasmUrl: assetUrl('wasm/'),
  iccUrl: assetUrl('iccs/'),
  isEvalSupported: false,
  enableXfa: false,
  // Documents are read-only evidence: no form scripting, no JavaScript actions.
  enableScripting: false,
});
