import UTIF from 'utif2';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../main/services/documents/extract-document';
import { detectFileType } from '../../../main/services/documents/detect/detect-file-type';
import { buildTiff } from '../../helpers/build-tiff';

const extract = async (bytes: Buffer, fileName: string) =>
  extractDocument(bytes, await detectFileType(bytes, fileName), { fileName });

describe('TIFF scans', () => {
  it('count one page per image, each marked as needing OCR', async () => {
    const tiff = buildTiff([
      { width: 40, height: 30 },
      { width: 20, height: 50 },
      { width: 10, height: 10 },
    ]);
    // The fixture is a real TIFF: the decoder the viewer uses reads every page back.
    const images = UTIF.decode(tiff);
    UTIF.decodeImage(tiff, images[1]!);
    expect([images.length, images[1]!.width, images[1]!.height]).toEqual([3, 20, 50]);

    const result = await extract(tiff, '现场照片.tif');
    expect(result.pageCount).toBe(3);
    expect(result.pages.map((p) => [p.index, p.hasText])).toEqual([
      [0, false],
      [1, false],
      [2, false],
    ]);
    expect(result.textStatus).toBe('none');
  });

  it('refuses a TIFF whose directories are damaged, naming the file', async () => {
    const broken = Buffer.concat([
      buildTiff([{ width: 4, height: 4 }]).subarray(0, 4),
      Buffer.from([0xff, 0xff, 0xff, 0x7f]),
    ]);
    await expect(extract(broken, '扫描件.tif')).rejects.toMatchObject({
      code: 'E_CORRUPT_FILE',
      message: expect.stringContaining('扫描件.tif'),
    });
  });
});
