import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../preload/contract/app-error';
import { documentError } from './document-error';

export const DEFAULT_MAX_BLOB_BYTES = 500 * 1024 * 1024;

export interface StoredBlob {
  sha256: string;
  size: number;
  /** Absolute path of the stored, read-only copy. */
  path: string;
  /** True when identical content was already stored (nothing was written). */
  existed: boolean;
}

export interface BlobStoreOptions {
  /** Files larger than this are refused with E_TOO_LARGE (default 500 MB). */
  maxBytes?: number;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Best-effort removal of a temporary part (made writable first: Windows cannot delete read-only files). */
async function removeTemp(path: string): Promise<void> {
  await chmod(path, 0o644).catch(() => undefined);
  await rm(path, { force: true }).catch(() => undefined);
}

/** Hashes and counts bytes as they pass; aborts once the size limit is crossed (the file may grow while copied). */
class HashingLimiter extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  constructor(
    private readonly maxBytes: number,
    private readonly onTooLarge: (size: number) => Error,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return callback(this.onTooLarge(this.size));
    this.hash.update(chunk);
    callback(null, chunk);
  }
}

const tooLarge = (fileName: string, size: number, maxBytes: number) =>
  documentError(
    'E_TOO_LARGE',
    fileName,
    'file-too-large',
    `文件过大（${(size / 1024 / 1024).toFixed(1)} MB），超过单个文件 ${(maxBytes / 1024 / 1024).toFixed(0)} MB 的上限。请拆分或压缩后再导入。`,
    { size, maxBytes },
  );

/**
 * Content-addressed store for original files: `<root>/<sha256>`. A file is
 * streamed into a temporary file in the same folder while being hashed, then
 * renamed atomically to its hash, so a crash never leaves a partial blob under
 * a real name. Identical content is stored once. Stored files are made
 * read-only: originals are evidence and are never modified.
 */
export class BlobStore {
  readonly maxBytes: number;
  readonly #tmpDir: string;

  constructor(
    readonly root: string,
    options: BlobStoreOptions = {},
  ) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BLOB_BYTES;
    this.#tmpDir = join(root, '.tmp');
  }

  /** Path of a blob by hash (validated, so a hash can never address a file outside the store). */
  pathFor(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new AppError('E_INVALID_ARGS', `无效的文件摘要：${sha256}`);
    return join(this.root, sha256);
  }

  async has(sha256: string): Promise<boolean> {
    return stat(this.pathFor(sha256)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  /** Copies `sourcePath` into the store. Throws E_TOO_LARGE, E_CANCELLED or the I/O error. */
  async put(sourcePath: string, signal?: AbortSignal): Promise<StoredBlob> {
    const fileName = basename(sourcePath);
    const { size } = await stat(sourcePath);
    if (size > this.maxBytes) throw tooLarge(fileName, size, this.maxBytes);
    await mkdir(this.#tmpDir, { recursive: true });
    const tmpPath = join(this.#tmpDir, `${randomUUID()}.part`);
    const limiter = new HashingLimiter(this.maxBytes, (seen) => tooLarge(fileName, seen, this.maxBytes));
    try {
      await pipeline(createReadStream(sourcePath), limiter, createWriteStream(tmpPath, { flags: 'wx' }), {
        signal,
      });
      const sha256 = limiter.hash.digest('hex');
      const finalPath = this.pathFor(sha256);
      if (await this.has(sha256)) {
        await rm(tmpPath, { force: true });
        return { sha256, size: limiter.size, path: finalPath, existed: true };
      }
      await chmod(tmpPath, 0o444);
      try {
        // rename() is atomic within one file system: readers never see a partial blob.
        await rename(tmpPath, finalPath);
      } catch (error) {
        // Windows refuses to replace an existing read-only file; a concurrent put of the same content won.
        if (!(await this.has(sha256))) throw error;
        await removeTemp(tmpPath);
        return { sha256, size: limiter.size, path: finalPath, existed: true };
      }
      return { sha256, size: limiter.size, path: finalPath, existed: false };
    } catch (error) {
      await removeTemp(tmpPath);
      if ((error as Error).name === 'AbortError')
        throw documentError('E_CANCELLED', fileName, 'cancelled', '导入已取消。');
      throw error;
    }
  }
}
