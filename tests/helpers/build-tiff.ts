/** One page of a test TIFF: 8-bit grey pixels, row by row (0 = black). */
export interface TiffPage {
  width: number;
  height: number;
  /** Grey level of every pixel (default: a diagonal gradient). */
  grey?: (x: number, y: number) => number;
}

const SHORT = 3;
const LONG = 4;

/**
 * A small, valid, uncompressed multi-page TIFF (baseline TIFF 6.0, little-endian,
 * one strip per page), written here so tests need no binary fixture files.
 */
export function buildTiff(pages: TiffPage[]): Buffer {
  const chunks: Buffer[] = [];
  let offset = 8;
  const header = Buffer.alloc(8);
  header.write('II', 0, 'latin1');
  header.writeUInt16LE(42, 2);
  chunks.push(header);
  const ifdOffsets: number[] = [];
  const patchNext: Array<{ chunk: Buffer; at: number }> = [];
  for (const page of pages) {
    const pixels = Buffer.alloc(page.width * page.height);
    for (let y = 0; y < page.height; y++)
      for (let x = 0; x < page.width; x++)
        pixels[y * page.width + x] = page.grey ? page.grey(x, y) : (x + y) % 256;
    const stripAt = offset;
    chunks.push(pixels);
    offset += pixels.length + (pixels.length % 2); // IFDs start on a word boundary
    if (pixels.length % 2) chunks.push(Buffer.alloc(1));
    const entries: Array<[tag: number, type: number, value: number]> = [
      [256, LONG, page.width],
      [257, LONG, page.height],
      [258, SHORT, 8],
      [259, SHORT, 1],
      [262, SHORT, 1],
      [273, LONG, stripAt],
      [277, SHORT, 1],
      [278, LONG, page.height],
      [279, LONG, pixels.length],
    ];
    const ifd = Buffer.alloc(2 + entries.length * 12 + 4);
    ifd.writeUInt16LE(entries.length, 0);
    entries.forEach(([tag, type, value], i) => {
      const at = 2 + i * 12;
      ifd.writeUInt16LE(tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(1, at + 4);
      if (type === SHORT) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
    });
    ifdOffsets.push(offset);
    patchNext.push({ chunk: ifd, at: 2 + entries.length * 12 });
    chunks.push(ifd);
    offset += ifd.length;
  }
  header.writeUInt32LE(ifdOffsets[0] ?? 0, 4);
  patchNext.forEach(({ chunk, at }, i) => chunk.writeUInt32LE(ifdOffsets[i + 1] ?? 0, at));
  return Buffer.concat(chunks);
}
