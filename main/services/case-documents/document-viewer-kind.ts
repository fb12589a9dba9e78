import type { DocumentSummary } from '../../../preload/contract/methods/documents';
import { FILE_KINDS, type FileKind } from '../documents';

const VIEWERS: Partial<Record<FileKind, DocumentSummary['viewer']>> = {
  pdf: 'pdf',
  docx: 'docx',
  jpeg: 'image',
  png: 'image',
  tiff: 'image', // decoded in the renderer (browsers cannot show TIFF themselves)
  mp3: 'audio',
  wav: 'audio',
  mp4: 'video',
  webm: 'video',
};

export const viewerFor = (kind: string): DocumentSummary['viewer'] => VIEWERS[kind as FileKind] ?? 'none';

export const mimeTypeOf = (kind: string): string =>
  Object.hasOwn(FILE_KINDS, kind) ? FILE_KINDS[kind as FileKind].mime : 'application/octet-stream';
