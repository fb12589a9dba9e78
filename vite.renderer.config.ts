import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const outDir = fileURLToPath(new URL('./out/renderer', import.meta.url));
const pdfjsDir = fileURLToPath(new URL('./node_modules/pdfjs-dist', import.meta.url));

/** pdf.js loads cMaps, standard fonts, ICC profiles and wasm decoders by URL: ship them with the UI. */
function copyPdfjsAssets(): Plugin {
  return {
    name: 'pingcha-copy-pdfjs-assets',
    apply: 'build',
    writeBundle() {
      for (const dir of ['cmaps', 'standard_fonts', 'wasm', 'iccs']) {
        cpSync(`${pdfjsDir}/${dir}`, `${outDir}/pdfjs/${dir}`, { recursive: true });
      }
    },
  };
}

// Relative base: the same build is served from app://renderer/ (Electron) and
// http://127.0.0.1:<port>/ (browser mode).
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), copyPdfjsAssets()],
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    sourcemap: false,
  },
});
