import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';

/** One entry of a ZIP central directory (sizes as declared there). */
export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
}

export interface ZipLimits {
  /** Maximum number of entries (a DOCX has a few dozen). */
  maxEntries: number;
  /** Maximum total uncompressed size of all entries, in bytes. */
  maxTotalUncompressed: number;
  /** Maximum compression ratio of one entry whose uncompressed size exceeds `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Maximum uncompressed size of one XML part: mammoth builds a DOM of it (default 64 MiB). */
  maxXmlPartBytes?: number;
}

/** XML compresses 10-30x; 200x over a 1 MiB floor only trips on deliberate bombs. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalUncompressed: 200 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export type ZipProblem =
  | { kind: 'damaged'; detail: string }
  | { kind: 'too-many-entries'; count: number }
  | { kind: 'too-large'; total: number }
  | { kind: 'ratio'; entry: string; ratio: number }
  | { kind: 'xml-too-large'; entry: string; size: number };

const DEFAULT_MAX_XML_PART_BYTES = 64 * 1024 * 1024;
const XML_PART = /\.(xml|rels)$/i;

export class ZipInspectionError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip inspection failed: ${JSON.stringify(problem)}`);
    this.name = 'ZipInspectionError';
  }
}

const open = (buffer: Buffer): Promise<ZipFile> =>
  yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });

async function countInflatedBytes(zip: ZipFile, entry: Entry, budget: number): Promise<number> {
  const stream = await zip.openReadStreamPromise(entry);
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > budget) {
      stream.destroy();
      throw new ZipInspectionError({ kind: 'too-large', total });
    }
  }
  return total;
}

/**
 * Reads the ZIP central directory and checks it against bomb limits. With
 * `inflate`, every entry is also decompressed (streamed, nothing kept) so that
 * a directory that lies about sizes is caught too: yauzl's `validateEntrySizes`
 * rejects an entry that inflates beyond its declared size, and our byte budget
 * stops the total. Mammoth (JSZip) would otherwise inflate everything into memory.
 */
export async function inspectZip(
  buffer: Buffer,
  options: { limits?: ZipLimits; inflate?: boolean } = {},
): Promise<ZipEntryInfo[]> {
  const limits = options.limits ?? DEFAULT_ZIP_LIMITS;
  let zip: ZipFile;
  try {
    zip = await open(buffer);
  } catch (error) {
    throw new ZipInspectionError({ kind: 'damaged', detail: (error as Error).message });
  }
  const entries: ZipEntryInfo[] = [];
  let declaredTotal = 0;
  let inflatedTotal = 0;
  try {
    if (zip.entryCount > limits.maxEntries)
      throw new ZipInspectionError({ kind: 'too-many-entries', count: zip.entryCount });
    for await (const entry of zip.eachEntry()) {
      const info: ZipEntryInfo = {
        name: entry.fileName,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        encrypted: entry.isEncrypted(),
      };
      entries.push(info);
      declaredTotal += info.uncompressedSize;
      if (declaredTotal > limits.maxTotalUncompressed)
        throw new ZipInspectionError({ kind: 'too-large', total: declaredTotal });
      const ratio = info.uncompressedSize / Math.max(1, info.compressedSize);
      if (info.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)
        throw new ZipInspectionError({ kind: 'ratio', entry: info.name, ratio: Math.round(ratio) });
      if (
        XML_PART.test(info.name) &&
        info.uncompressedSize > (limits.maxXmlPartBytes ?? DEFAULT_MAX_XML_PART_BYTES)
      )
        throw new ZipInspectionError({
          kind: 'xml-too-large',
          entry: info.name,
          size: info.uncompressedSize,
        });
      if (options.inflate && !info.encrypted && !info.name.endsWith('/')) {
        inflatedTotal += await countInflatedBytes(zip, entry, limits.maxTotalUncompressed - inflatedTotal);
      }
    }
    return entries;
  } catch (error) {
    if (error instanceof ZipInspectionError) throw error;
    throw new ZipInspectionError({ kind: 'damaged', detail: (error as Error).message });
  } finally {
    zip.close();
  }
}
