import { createWriteStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yazl from 'yazl';
import { AppError } from '../../../preload/contract/app-error';
import { uniqueFileName } from './file-name';

/**
 * Batch outputs live in `<data>/reports/<outputId>/`, one folder per export,
 * and are read back by id only — the renderer never names a server path.
 */
export function createOutputStore(dataDir: string) {
  const root = join(dataDir, 'reports');
  const checkId = (outputId: string) => {
    if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(outputId)) throw new AppError('E_INVALID_ARGS', '输出编号无效');
  };
  return {
    folderOf(outputId: string): string {
      checkId(outputId);
      return join(root, outputId);
    },

    /** A new empty folder for `outputId`. */
    create(outputId: string): { folder: string; taken: Set<string> } {
      const folder = this.folderOf(outputId);
      mkdirSync(folder, { recursive: true });
      return { folder, taken: new Set(readdirSync(folder).map((n) => n.toLowerCase())) };
    },

    /** Writes `bytes` under a name not yet used in the folder; returns the name used. */
    async put(folder: string, taken: Set<string>, name: string, bytes: Uint8Array): Promise<string> {
      const unique = uniqueFileName(name, taken);
      taken.add(unique.toLowerCase());
      await writeFile(join(folder, unique), bytes, { flag: 'wx' });
      return unique;
    },

    /** Zips the given files of the folder into `<folder>.zip`. */
    zip(outputId: string, names: readonly string[]): Promise<string> {
      const folder = this.folderOf(outputId);
      const zipPath = `${folder}.zip`;
      const zip = new yazl.ZipFile();
      for (const n of names) zip.addFile(join(folder, n), n);
      zip.end();
      return new Promise((resolve, reject) => {
        zip.outputStream
          .pipe(createWriteStream(zipPath))
          .on('close', () => resolve(zipPath))
          .on('error', reject);
      });
    },

    async readZip(outputId: string): Promise<Uint8Array> {
      const path = `${this.folderOf(outputId)}.zip`;
      if (!existsSync(path)) throw new AppError('E_NOT_FOUND', `导出结果不存在或已删除：${outputId}`);
      return new Uint8Array(await readFile(path));
    },
  };
}

export type OutputStore = ReturnType<typeof createOutputStore>;
