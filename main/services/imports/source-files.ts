import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { AppError } from '../../../preload/contract/app-error';
import { byFileName } from '../staging/staging-store';
import type { ImportMode, SourceFile } from './import-service';

const MAX_FILES = 20_000;
const TABLE = /\.(xlsx|csv)$/i;

async function walk(root: string, base: string): Promise<SourceFile[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => {
      const absolutePath = join(e.parentPath, e.name);
      return { absolutePath, relativePath: relative(base, absolutePath).split(sep).join('/') };
    });
  if (files.length > MAX_FILES)
    throw new AppError('E_TOO_LARGE', `文件夹中的文件超过 ${MAX_FILES} 个：${root}`);
  return files.sort((a, b) => byFileName(a.relativePath, b.relativePath));
}

/**
 * What a path on this machine means for the headless importer: a folder is one
 * dossier (named after the folder), an .xlsx/.csv is a manifest whose folders
 * sit beside it. Only the CLI uses this; the UI never sends paths.
 */
export async function sourceFilesFromPath(path: string): Promise<{ mode: ImportMode; files: SourceFile[] }> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new AppError('E_NOT_FOUND', `路径不存在：${path}`);
  if (info.isDirectory()) return { mode: 'folder', files: await walk(path, dirname(path)) };
  if (TABLE.test(path)) {
    // Other spreadsheets beside the chosen manifest are left out, so the importer cannot pick the wrong one.
    const manifest = basename(path);
    const files = await walk(dirname(path), dirname(path));
    return {
      mode: 'manifest',
      files: files.filter(
        (f) => f.relativePath === manifest || f.relativePath.includes('/') || !TABLE.test(f.relativePath),
      ),
    };
  }
  throw new AppError('E_INVALID_ARGS', `请给出案卷文件夹或案卷清单（.xlsx/.csv）：${path}`);
}
