import UTIF from 'utif2';
import { documentError } from './document-error';

/**
 * The number of pages (images) of a TIFF: scanned dossiers are often one multi-page
 * TIFF. Only the directories are read here, never the pixel data.
 * @throws AppError E_CORRUPT_FILE when the directories cannot be read or hold no image
 */
export function tiffPageCount(bytes: Buffer, fileName: string): number {
  let pages = 0;
  try {
    pages = UTIF.decode(bytes).filter((ifd) => typeof ifd.t256 !== 'undefined').length;
  } catch {
    pages = 0;
  }
  if (pages === 0)
    throw documentError(
      'E_CORRUPT_FILE',
      fileName,
      'tiff-unreadable',
      'TIFF 图片已损坏或不含图像，无法读取。请从原始来源重新获取，或另存为 PDF/JPG 后再导入。',
    );
  return pages;
}
