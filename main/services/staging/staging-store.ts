import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ulid } from 'ulid';
import { AppError } from '../../../preload/contract/app-error';
import { parseRelativeUploadPath } from './relative-upload-path';

export interface StagingLimits {
  maxFileBytes: number;
  maxFilesPerBatch: number;
}

export const DEFAULT_STAGING_LIMITS: StagingLimits = {
  maxFileBytes: 500 * 1024 * 1024,
  maxFilesPerBatch: 20_000,
};

const BATCH_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Sorts like a person reading file names: 2 before 10, Chinese by code point. */
export const byFileName = (a: string, b: string) => a.localeCompare(b, 'zh-Hans-CN', { numeric: true });

/**
 * Uploaded files wait here (`<data>/staging/<batch>/…`) until an import job
 * copies them into the blob store; the batch is then deleted. The renderer only
 * ever names a batch it was given and a relative path inside it, never a path
 * on this machine.
 */
export function createStagingStore(rootDir: string, limits: StagingLimits = DEFAULT_STAGING_LIMITS) {
  const batchDir = (batchId: string) => {
    if (!BATCH_ID.test(batchId))
      throw new AppError('E_INVALID_ARGS', `上传批次编号无效：${batchId.slice(0, 40)}`);
    return join(rootDir, batchId);
  };

  const listFiles = async (dir: string): Promise<string[]> => {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
    return entries
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
  };

  return {
    async createBatch(): Promise<string> {
      const id = ulid();
      await mkdir(join(rootDir, id), { recursive: true });
      return id;
    },

    /** Streams one upload into the batch; over-size or over-count uploads are refused and leave nothing behind. */
    async writeFile(
      batchId: string,
      relativePath: string,
      body: Readable,
    ): Promise<{ path: string; bytes: number }> {
      const dir = batchDir(batchId);
      if (!(await stat(dir).catch(() => null))?.isDirectory())
        throw new AppError('E_NOT_FOUND', `上传批次不存在：${batchId}`);
      const segments = parseRelativeUploadPath(relativePath);
      if ((await listFiles(dir)).length >= limits.maxFilesPerBatch) {
        throw new AppError('E_TOO_LARGE', `一次最多上传 ${limits.maxFilesPerBatch} 个文件`);
      }
      const target = join(dir, ...segments);
      await mkdir(dirname(target), { recursive: true });
      let bytes = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _enc, done) {
          bytes += chunk.length;
          if (bytes > limits.maxFileBytes) {
            done(
              new AppError(
                'E_TOO_LARGE',
                `文件“${segments.at(-1)}”超过大小上限 ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB`,
              ),
            );
          } else done(null, chunk);
        },
      });
      try {
        await pipeline(body, counter, createWriteStream(target, { flags: 'wx' }));
      } catch (error) {
        await rm(target, { force: true });
        if ((error as NodeJS.ErrnoException).code === 'EEXIST')
          throw new AppError('E_CONFLICT', `同一批次中已有同名文件：${relativePath}`);
        throw error;
      }
      return { path: relativePath, bytes };
    },

    /** Absolute paths of the batch's files, ordered by relative path (folder order by name). */
    async files(batchId: string): Promise<{ relativePath: string; absolutePath: string }[]> {
      const dir = batchDir(batchId);
      const files = (await listFiles(dir)).sort(byFileName);
      return files.map((relativePath) => ({
        relativePath,
        absolutePath: join(dir, ...relativePath.split('/')),
      }));
    },

    async dispose(batchId: string): Promise<void> {
      await rm(batchDir(batchId), { recursive: true, force: true });
    },

    /** Removes batches left behind by a crash or a closed window. */
    async sweepStale(nowMs = Date.now()): Promise<number> {
      let removed = 0;
      for (const entry of await readdir(rootDir, { withFileTypes: true }).catch(() => [])) {
        const path = join(rootDir, entry.name);
        const info = await stat(path).catch(() => null);
        if (info && nowMs - info.mtimeMs > STALE_AFTER_MS) {
          await rm(path, { recursive: true, force: true });
          removed++;
        }
      }
      return removed;
    },
  };
}

export type StagingStore = ReturnType<typeof createStagingStore>;
