import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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
 * Uploaded files wait here (`<data>/staging/<batch>/`) until an import job
 * copies them into the blob store; the batch is then deleted. Each file is
 * stored under a generated name with a sidecar holding the user's relative
 * path, so no user-supplied name ever reaches the file system (long Chinese
 * names, Windows MAX_PATH and reserved names such as CON are all harmless).
 * The renderer only names a batch it was given and a path inside it.
 */
export function createStagingStore(rootDir: string, limits: StagingLimits = DEFAULT_STAGING_LIMITS) {
  /** Paths already in each batch of this process (uploads of one batch come from one run). */
  const seen = new Map<string, Set<string>>();

  const batchDir = (batchId: string) => {
    if (!BATCH_ID.test(batchId))
      throw new AppError('E_INVALID_ARGS', `上传批次编号无效：${batchId.slice(0, 40)}`);
    return join(rootDir, batchId);
  };

  return {
    async createBatch(): Promise<string> {
      const id = ulid();
      await mkdir(join(rootDir, id), { recursive: true });
      seen.set(id, new Set());
      return id;
    },

    /** Streams one upload into the batch; over-size or over-count uploads are refused and leave nothing behind. */
    async writeFile(
      batchId: string,
      relativePath: string,
      body: Readable,
    ): Promise<{ path: string; bytes: number }> {
      const dir = batchDir(batchId);
      const paths = seen.get(batchId);
      if (!paths || !(await stat(dir).catch(() => null))?.isDirectory())
        throw new AppError('E_NOT_FOUND', `上传批次不存在：${batchId}`);
      const segments = parseRelativeUploadPath(relativePath);
      if (paths.has(relativePath))
        throw new AppError('E_CONFLICT', `同一批次中已有同名文件：${relativePath}`);
      if (paths.size >= limits.maxFilesPerBatch)
        throw new AppError('E_TOO_LARGE', `一次最多上传 ${limits.maxFilesPerBatch} 个文件`);
      paths.add(relativePath);
      const id = ulid();
      const target = join(dir, `${id}.bin`);
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
        // The sidecar is written last: a file counts as staged only when complete.
        await writeFile(join(dir, `${id}.json`), JSON.stringify({ relativePath }));
      } catch (error) {
        paths.delete(relativePath);
        await rm(target, { force: true });
        throw error;
      }
      return { path: relativePath, bytes };
    },

    /** The batch's complete files, ordered by relative path (folder order by name). */
    async files(batchId: string): Promise<{ relativePath: string; absolutePath: string }[]> {
      const dir = batchDir(batchId);
      const sidecars = (await readdir(dir).catch(() => [])).filter((name) => name.endsWith('.json'));
      const files = await Promise.all(
        sidecars.map(async (name) => {
          const { relativePath } = JSON.parse(await readFile(join(dir, name), 'utf8')) as {
            relativePath: string;
          };
          return { relativePath, absolutePath: join(dir, name.replace(/\.json$/, '.bin')) };
        }),
      );
      return files.sort((a, b) => byFileName(a.relativePath, b.relativePath));
    },

    async dispose(batchId: string): Promise<void> {
      seen.delete(batchId);
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
