import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../../../preload/contract/app-error';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_KIND_LABEL,
  bundleManifestSchema,
  DEFAULT_BUNDLE_LIMITS,
  type BundleKind,
  type BundleLimits,
  type BundleManifest,
} from './bundle-format';
import { classifyEntryName, type EntryPlace } from './bundle-paths';

export interface ReadBundleOptions {
  limits?: BundleLimits;
  expect?: { kind?: BundleKind; campaignId?: string };
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, current: string) => void;
}

export interface ReadBundle {
  manifest: BundleManifest;
  /** data/<name>.json parsed, by name. */
  data: Map<string, unknown>;
  /** Verified documents staged in `stageDir`, by SHA-256. */
  blobs: Map<string, string>;
}

interface Listed {
  name: string;
  place: EntryPlace;
  entry: Entry;
}

const refuse = (message: string, code: 'E_CORRUPT_FILE' | 'E_TOO_LARGE' | 'E_CONFLICT' = 'E_CORRUPT_FILE') =>
  new AppError(code, `评查包被拒绝：${message}。未导入任何内容。`);

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

async function listEntries(zip: ZipFile, limits: BundleLimits): Promise<Listed[]> {
  if (zip.entryCount > limits.maxEntries + 1)
    throw refuse(`条目过多（${zip.entryCount} 个，上限 ${limits.maxEntries}）`, 'E_TOO_LARGE');
  const listed: Listed[] = [];
  const seen = new Set<string>();
  let total = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', resolve);
    zip.on('entry', (entry: Entry) => {
      try {
        let name: string;
        try {
          name = decoder.decode(entry.fileName as unknown as Buffer);
        } catch {
          throw refuse('条目名称不是 UTF-8 编码');
        }
        const c = classifyEntryName(name);
        if ('problem' in c) throw refuse(c.problem);
        // Windows and macOS file systems ignore case: two names differing only in case collide.
        const key = name.toLowerCase();
        if (seen.has(key)) throw refuse(`条目重复：${JSON.stringify(name)}`);
        seen.add(key);
        if (entry.isEncrypted()) throw refuse(`条目已加密：${name}`);
        if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK)
          throw refuse(`条目是符号链接：${name}`);
        const max =
          c.place === 'blob'
            ? limits.maxBlobBytes
            : c.place === 'data'
              ? limits.maxDataBytes
              : limits.maxManifestBytes;
        if (entry.uncompressedSize > max)
          throw refuse(`条目 ${name} 过大（${mb(entry.uncompressedSize)}，上限 ${mb(max)}）`, 'E_TOO_LARGE');
        if (
          entry.uncompressedSize > limits.ratioFloorBytes &&
          entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio
        )
          throw refuse(
            `条目 ${name} 的压缩比异常（${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))} 倍），疑似压缩炸弹`,
            'E_TOO_LARGE',
          );
        total += entry.uncompressedSize;
        if (total > limits.maxTotalBytes)
          throw refuse(`解压后总大小超过上限 ${mb(limits.maxTotalBytes)}`, 'E_TOO_LARGE');
        listed.push({ name, place: c.place, entry });
        zip.readEntry();
      } catch (error) {
        reject(error as Error);
      }
    });
    zip.readEntry();
  });
  return listed;
}

/**
 * Streams one entry through SHA-256: into memory for data entries (their size
 * was checked against a small limit), or into `targetPath` for documents. The
 * entry stream is part of the pipeline, so a truncated or lying entry fails it.
 */
async function hashEntry(
  zip: ZipFile,
  entry: Entry,
  targetPath: string | null,
  signal?: AbortSignal,
): Promise<{ sha256: string; bytes?: Buffer }> {
  const stream = await zip.openReadStreamPromise(entry);
  const hash = createHash('sha256');
  if (targetPath === null) {
    const chunks: Buffer[] = [];
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (signal?.aborted) throw new AppError('E_CANCELLED', '导入已取消');
      hash.update(chunk);
      chunks.push(chunk);
    }
    return { sha256: hash.digest('hex'), bytes: Buffer.concat(chunks) };
  }
  const hasher = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(stream as Readable, hasher, createWriteStream(targetPath), signal ? { signal } : {});
  return { sha256: hash.digest('hex') };
}

function checkManifest(manifest: BundleManifest, listed: Listed[], expect: ReadBundleOptions['expect']) {
  if (manifest.formatVersion > BUNDLE_FORMAT_VERSION)
    throw refuse(`评查包由更新版本的 Pingcha 生成（格式版本 ${manifest.formatVersion}），请先升级本程序`);
  if (expect?.kind && manifest.kind !== expect.kind)
    throw refuse(
      `这是${BUNDLE_KIND_LABEL[manifest.kind]}，此处需要${BUNDLE_KIND_LABEL[expect.kind]}`,
      'E_CONFLICT',
    );
  if (expect?.campaignId && manifest.campaignId !== expect.campaignId)
    throw refuse(
      `该包属于另一个评查活动（“${manifest.campaignName}”，${manifest.campaignId}），不是当前活动`,
      'E_CONFLICT',
    );
  const declared = new Map(manifest.entries.map((e) => [e.path, e]));
  if (declared.size !== manifest.entries.length) throw refuse('清单（manifest.json）中有重复条目');
  const present = listed.filter((l) => l.place !== 'manifest');
  for (const l of present) {
    const d = declared.get(l.name);
    if (!d) throw refuse(`条目 ${l.name} 不在清单中`);
    if (d.size !== l.entry.uncompressedSize) throw refuse(`条目 ${l.name} 的大小与清单不符`);
    if (l.place === 'blob' && l.name !== `blobs/${d.sha256}`)
      throw refuse(`文件 ${l.name} 的名称与清单摘要不符`);
  }
  if (present.length !== declared.size) {
    const names = new Set(present.map((l) => l.name));
    const missing = manifest.entries.find((e) => !names.has(e.path));
    throw refuse(`清单列出的条目 ${missing?.path ?? ''} 在包中不存在`);
  }
  return declared;
}

/**
 * Opens and fully verifies a bundle before anything is imported: entry names
 * (no traversal, absolute paths, backslashes, duplicates, unknown entries),
 * counts, sizes and compression ratios from the central directory; then the
 * manifest (format, kind, campaign, exact entry list); then every entry's
 * SHA-256, streamed. Documents are streamed to `stageDir` (never held in
 * memory); data entries are parsed. Any refusal is an AppError in Chinese.
 */
export async function readBundle(
  zipPath: string,
  stageDir: string,
  options: ReadBundleOptions = {},
): Promise<ReadBundle> {
  const limits = options.limits ?? DEFAULT_BUNDLE_LIMITS;
  let zip: ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
    });
  } catch (error) {
    throw refuse(`不是有效的 ZIP 文件或文件已损坏（${(error as Error).message}）`);
  }
  try {
    const listed = await listEntries(zip, limits);
    const manifestEntry = listed.find((l) => l.place === 'manifest');
    if (!manifestEntry) throw refuse('缺少清单文件 manifest.json（不是 Pingcha 评查包，或文件不完整）');
    const { bytes } = await hashEntry(zip, manifestEntry.entry, null);
    let parsedJson: unknown;
    try {
      parsedJson = JSON.parse(bytes!.toString('utf8'));
    } catch {
      throw refuse('清单 manifest.json 不是有效的 JSON');
    }
    if ((parsedJson as { format?: unknown } | null)?.format !== BUNDLE_FORMAT)
      throw refuse('清单 manifest.json 不是 Pingcha 评查包清单');
    const parsed = bundleManifestSchema.safeParse(parsedJson);
    if (!parsed.success)
      throw refuse(`清单 manifest.json 格式有误（${parsed.error.issues[0]?.path.join('.') ?? ''}）`);
    const manifest = parsed.data;
    const declared = checkManifest(manifest, listed, options.expect);

    const data = new Map<string, unknown>();
    const blobs = new Map<string, string>();
    await mkdir(stageDir, { recursive: true });
    const work = listed.filter((l) => l.place !== 'manifest');
    let done = 0;
    for (const l of work) {
      if (options.signal?.aborted) throw new AppError('E_CANCELLED', '导入已取消');
      options.onProgress?.(done, work.length, l.name);
      const expected = declared.get(l.name)!;
      if (l.place === 'data') {
        const got = await hashEntry(zip, l.entry, null, options.signal);
        if (got.sha256 !== expected.sha256)
          throw refuse(`条目 ${l.name} 的 SHA-256 与清单不符（内容被改动）`);
        try {
          data.set(l.name.slice('data/'.length, -'.json'.length), JSON.parse(got.bytes!.toString('utf8')));
        } catch {
          throw refuse(`条目 ${l.name} 不是有效的 JSON`);
        }
      } else {
        const target = join(stageDir, expected.sha256);
        const got = await hashEntry(zip, l.entry, target, options.signal);
        if (got.sha256 !== expected.sha256)
          throw refuse(`文件 ${l.name} 的 SHA-256 与清单不符（内容被改动）`);
        blobs.set(expected.sha256, target);
      }
      done++;
    }
    options.onProgress?.(done, work.length, '');
    return { manifest, data, blobs };
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw new AppError('E_CANCELLED', '导入已取消');
    if (error instanceof AppError) throw error;
    // yauzl's own checks (sizes that lie, truncated data) end up here.
    throw refuse(`文件已损坏（${(error as Error).message}）`);
  } finally {
    zip.close();
  }
}
