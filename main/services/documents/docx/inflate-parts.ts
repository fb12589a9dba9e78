import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { DEFAULT_ZIP_LIMITS, forEachCheckedEntry, ZipInspectionError, type ZipLimits } from './zip-inspect';

const inflateRawAsync = promisify(inflateRaw);
const STORED = 0;
const DEFLATED = 8;

/**
 * Inflates every part of a ZIP package into memory, once, within the bomb limits.
 *
 * The central directory is checked first (count, declared total, ratio, XML part
 * size). Each part is then inflated by zlib on the thread pool with its output
 * capped at the size the directory declares, so a directory that lies cannot make
 * us allocate more than the checked total: zlib stops at the cap and the part is
 * refused. The parts are handed to mammoth as they are, so it never inflates the
 * package again (it would otherwise unzip it with JSZip, without limits, once per call).
 * @throws ZipInspectionError
 */
export async function inflateZipParts(
  buffer: Buffer,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<Map<string, Uint8Array>> {
  const parts = new Map<string, Uint8Array>();
  await forEachCheckedEntry(buffer, limits, async (entry, info, zip) => {
    if (info.encrypted || info.name.endsWith('/')) return;
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    const compressed = buffer.subarray(fileDataStart, fileDataStart + info.compressedSize);
    if (compressed.length !== info.compressedSize)
      throw new ZipInspectionError({ kind: 'damaged', detail: `${info.name}: truncated` });
    let data: Uint8Array;
    if (entry.compressionMethod === STORED) data = compressed;
    else if (entry.compressionMethod === DEFLATED)
      data = await inflateRawAsync(compressed, { maxOutputLength: Math.max(1, info.uncompressedSize) }).catch(
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ERR_BUFFER_TOO_LARGE')
            throw new ZipInspectionError({
              kind: 'size-lies',
              entry: info.name,
              declared: info.uncompressedSize,
            });
          throw error;
        },
      );
    else
      throw new ZipInspectionError({
        kind: 'damaged',
        detail: `${info.name}: compression ${entry.compressionMethod}`,
      });
    if (data.length !== info.uncompressedSize)
      throw new ZipInspectionError({
        kind: 'damaged',
        detail: `${info.name}: size differs from the directory`,
      });
    parts.set(info.name, data);
  });
  return parts;
}
