// Builds the app into out/: renderer (Vite), and with no flag also the Electron
// main process and preload. `--renderer` builds the renderer only; `--if-needed`
// skips a build whose output is newer than every source file.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const rendererOnly = args.has('--renderer');
const ifNeeded = args.has('--if-needed');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isFresh(output, sources) {
  if (!existsSync(output)) return false;
  const built = statSync(output).mtimeMs;
  return sources.every((dir) => !existsSync(join(root, dir)) || newestMtime(join(root, dir)) <= built);
}

async function buildRenderer() {
  if (ifNeeded && isFresh(join(root, 'out/renderer/index.html'), ['renderer', 'preload/contract'])) return;
  console.error('[build] 构建界面 / building renderer…');
  await build({ configFile: join(root, 'vite.renderer.config.ts') });
}

/** Main and preload are CommonJS for Electron; the sandboxed preload is one self-contained file. */
async function buildElectron(entry, outDir) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: join(root, entry),
      outDir: join(root, outDir),
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { external: ['electron'], output: { format: 'cjs', entryFileNames: 'index.cjs' } },
    },
  });
}

await buildRenderer();
if (!rendererOnly) {
  // The report font (Noto Sans SC) is copied into resources/fonts/ for packaging; it is not committed.
  await import('./prepare-fonts.mjs');
  if (!(ifNeeded && isFresh(join(root, 'out/main/index.cjs'), ['main', 'preload']))) {
    console.error('[build] 构建主进程 / building main + preload…');
    await buildElectron('main/index.ts', 'out/main');
    await buildElectron('preload/index.ts', 'out/preload');
  }
}
