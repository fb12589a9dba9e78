import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { AppError } from '../../../../preload/contract/app-error';

/** File name of the bundled font inside `resources/fonts/` (Noto Sans SC, SIL OFL 1.1). */
export const REPORT_FONT_FILE = 'NotoSansSC-Regular.ttf';
const NPM_FONT = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

const cache = new Map<string, Uint8Array>();

/** Where the npm package keeps the TTF, or null when it is not installed (packaged app without it). */
function npmFontPath(resourcesDir: string): string | null {
  // Resolve the .ttf itself: the package's index.js is for Expo and must not be loaded.
  // resources/ sits beside package.json in every layout (source, out/, app.asar).
  for (const base of [join(resourcesDir, '..'), process.cwd()]) {
    try {
      return createRequire(join(base, 'package.json')).resolve(NPM_FONT);
    } catch {
      // try the next base
    }
  }
  return null;
}

/**
 * The report font's bytes. The 10 MB TTF is not committed: `resources/fonts/`
 * gets it from node_modules (scripts/prepare-fonts.mjs, run before packaging,
 * or here on first use when the folder is writable); when neither is possible
 * it is read from node_modules directly. Users' machines never need system
 * fonts (platform-notes.md: Debian fonts are not a runtime source).
 */
export function loadReportFont(resourcesDir: string): Uint8Array {
  const target = join(resourcesDir, 'fonts', REPORT_FONT_FILE);
  const hit = cache.get(target);
  if (hit) return hit;
  let path = target;
  if (!existsSync(target)) {
    const source = npmFontPath(resourcesDir);
    if (!source) {
      throw new AppError(
        'E_INTERNAL',
        `缺少报告字体：${target}。请运行 node scripts/prepare-fonts.mjs 后重试（字体来自 npm 包 @expo-google-fonts/noto-sans-sc）。`,
      );
    }
    path = source;
    try {
      mkdirSync(join(resourcesDir, 'fonts'), { recursive: true });
      copyFileSync(source, target);
      path = target;
    } catch {
      // Read-only resources (app.asar): use the npm copy as it is.
    }
  }
  const bytes = new Uint8Array(readFileSync(path));
  cache.set(target, bytes);
  return bytes;
}
