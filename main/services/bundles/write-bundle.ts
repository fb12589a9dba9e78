import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { AppError } from '../../../preload/contract/app-error';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  MANIFEST_PATH,
  type BundleManifest,
  type ManifestEntry,
} from './bundle-format';

export interface BundleContent {
  meta: Omit<BundleManifest, 'format' | 'formatVersion' | 'entries'>;
  /** data/<name>.json → rows. */
  data: Record<string, unknown>;
  /** Documents to carry, by content hash, read from the blob store when their turn comes. */
  blobs: { sha256: string; path: string }[];
}

export interface WrittenBundle {
  path: string;
  bytes: number;
  entries: number;
  blobBytes: number;
}

/**
 * Writes a bundle as a ZIP, streaming: data entries are small JSON buffers,
 * documents are added by path and read by yazl one at a time as the archive
 * is written, so memory does not grow with the documents' size. A blob's
 * SHA-256 is its name in the content-addressed store, so the manifest is
 * complete before any document byte is read. The file appears under its final
 * name only when complete.
 */
export async function writeBundle(
  outPath: string,
  content: BundleContent,
  options: { signal?: AbortSignal; onBlob?: (done: number, total: number) => void } = {},
): Promise<WrittenBundle> {
  const entries: ManifestEntry[] = [];
  const buffers: { path: string; bytes: Buffer }[] = [];
  for (const [name, rows] of Object.entries(content.data)) {
    const bytes = Buffer.from(JSON.stringify(rows), 'utf8');
    const path = `data/${name}.json`;
    buffers.push({ path, bytes });
    entries.push({ path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  const unique = [...new Map(content.blobs.map((b) => [b.sha256, b])).values()];
  let blobBytes = 0;
  const sizes: number[] = [];
  for (const blob of unique) {
    const { size } = await stat(blob.path).catch(() => {
      throw new AppError('E_NOT_FOUND', `原始文件缺失（${blob.sha256.slice(0, 12)}…），无法导出评查包`);
    });
    blobBytes += size;
    sizes.push(size);
    entries.push({ path: `blobs/${blob.sha256}`, size, sha256: blob.sha256 });
  }
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    ...content.meta,
    entries,
  };

  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 1), 'utf8'), MANIFEST_PATH);
  for (const b of buffers) zip.addBuffer(b.bytes, b.path);
  unique.forEach((blob, i) => {
    // Opened only when yazl reaches this entry: one document stream open at a time.
    zip.addReadStreamLazy(`blobs/${blob.sha256}`, { compress: false, size: sizes[i]! }, (cb) => {
      options.onBlob?.(i, unique.length);
      cb(null, createReadStream(blob.path));
    });
  });
  zip.end();

  const part = `${outPath}.part`;
  try {
    await pipeline(zip.outputStream, createWriteStream(part, { flags: 'w' }), { signal: options.signal });
    await rename(part, outPath);
  } catch (error) {
    await rm(part, { force: true });
    if ((error as Error).name === 'AbortError') throw new AppError('E_CANCELLED', '导出已取消');
    throw error;
  }
  options.onBlob?.(unique.length, unique.length);
  const { size } = await stat(outPath);
  return { path: outPath, bytes: size, entries: entries.length + 1, blobBytes };
}
