/** Container/format signature from the first bytes. Deeper checks (zip entries, OLE2 streams) come later. */
export type MagicKind =
  | 'pdf'
  | 'zip'
  | 'ole2'
  | 'rtf'
  | 'jpeg'
  | 'png'
  | 'tiff'
  | 'mp4'
  | 'webm'
  | 'mp3'
  | 'wav'
  | 'empty'
  | 'unknown';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** PDF readers accept up to 1 KiB of junk before `%PDF-` (ISO 32000-1, Annex H.3 note); so do we. */
const PDF_HEADER_WINDOW = 1024;

function findPdfHeader(bytes: Uint8Array): boolean {
  const header = ascii('%PDF-');
  const end = Math.min(bytes.length - header.length, PDF_HEADER_WINDOW);
  for (let i = 0; i <= end; i++) if (startsWith(bytes, header, i)) return true;
  return false;
}

/** MPEG audio frame sync: 11 set bits, layer bits not 00. */
const isMpegFrame = (bytes: Uint8Array): boolean =>
  bytes.length >= 2 &&
  bytes[0] === 0xff &&
  ((bytes[1] ?? 0) & 0xe0) === 0xe0 &&
  ((bytes[1] ?? 0) & 0x06) !== 0;

/** Sniffs the first bytes of a file (pass at least 1 KiB when available). */
export function sniffMagic(head: Uint8Array): MagicKind {
  if (head.length === 0) return 'empty';
  if (
    startsWith(head, [0x50, 0x4b]) &&
    [0x0304, 0x0506, 0x0708].includes(((head[2] ?? 0) << 8) | (head[3] ?? 0))
  )
    return 'zip';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(head, ascii('ftyp'), 4)) return 'mp4';
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return 'webm';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WAVE'), 8)) return 'wav';
  if (startsWith(head, ascii('ID3')) || isMpegFrame(head)) return 'mp3';
  if (startsWith(head, ascii('{\\rtf'))) return 'rtf';
  if (findPdfHeader(head)) return 'pdf';
  return 'unknown';
}
