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
  | { kind: 'size-lies'; entry: string; declared: number }
  | { kind: 'xml-too-large'; entry: string; size: number };

const DEFAULT_MAX_XML_PART_BYTES = 64 * 1024 * 1024;
const XML_PART = /\.(xml|rels)$/i;

export class ZipInspectionError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip inspection failed: ${JSON.stringify(problem)}`);
    this.name = 'ZipInspectionError';
  }
}

export const openZip = (buffer: Buffer): Promise<ZipFile> =>
  yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });

/** Checks one central-directory entry against the limits; `declaredTotal` includes it. */
function checkEntry(info: ZipEntryInfo, declaredTotal: number, limits: ZipLimits): void {
  if (declaredTotal > limits.maxTotalUncompressed)
    throw new ZipInspectionError({ kind: 'too-large', total: declaredTotal });
  const ratio = info.uncompressedSize / Math.max(1, info.compressedSize);
  if (info.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)
    throw new ZipInspectionError({ kind: 'ratio', entry: info.name, ratio: Math.round(ratio) });
  if (
    XML_PART.test(info.name) &&
    info.uncompressedSize > (limits.maxXmlPartBytes ?? DEFAULT_MAX_XML_PART_BYTES)
  )
    throw new ZipInspectionError({ kind: 'xml-too-large', entry: info.name, size: info.uncompressedSize });
}

/**
 * Walks the ZIP central directory, checks every entry against the bomb limits
 * (count, declared total, ratio, XML part size) and hands each accepted entry to
 * `visit` (which may read it from `zip`). Any other failure is reported as damage.
 */
export async function forEachCheckedEntry(
  buffer: Buffer,
  limits: ZipLimits,
  visit: (entry: Entry, info: ZipEntryInfo, zip: ZipFile) => Promise<void> | void,
): Promise<void> {
  let zip: ZipFile;
  try {
    zip = await openZip(buffer);
  } catch (error) {
    throw new ZipInspectionError({ kind: 'damaged', detail: (error as Error).message });
  }
  let declaredTotal = 0;
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
      declaredTotal += info.uncompressedSize;
      checkEntry(info, declaredTotal, limits);
      await visit(entry, info, zip);
    }
  } catch (error) {
    if (error instanceof ZipInspectionError) throw error;
    throw new ZipInspectionError({ kind: 'damaged', detail: (error as Error).message });
  } finally {
    zip.close();
  }
}

/** Reads the ZIP central directory and checks it against bomb limits, without inflating anything. */
export async function inspectZip(
  buffer: Buffer,
  options: { limits?: ZipLimits } = {},
): Promise<ZipEntryInfo[]> {
  const entries: ZipEntryInfo[] = [];
  await forEachCheckedEntry(buffer, options.limits ?? DEFAULT_ZIP_LIMITS, (_entry, info) => {
    entries.push(info);
  });
  return entries;
}
