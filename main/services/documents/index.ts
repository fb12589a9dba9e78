/** Public API of the document-processing core (Electron-free, UI-free). */
export { BlobStore, DEFAULT_MAX_BLOB_BYTES, type BlobStoreOptions, type StoredBlob } from './blob-store';
export {
  classifyDocument,
  type Classification,
  type ClassificationEvidence,
  type ClassifyInput,
} from './classify/classify-document';
export { DOC_TYPES, DOC_TYPE_LABELS, isDocTypeCode, type DocTypeCode } from './classify/doc-types';
export { detectFileType, type FileDetection } from './detect/detect-file-type';
export { FILE_KINDS, type FileKind, type ImportRoute } from './detect/file-kind';
export { refusalFor } from './detect/unsupported-file-error';
export { extractDocx, type DocxExtractOptions } from './docx/extract-docx';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './docx/zip-inspect';
export { extractDocument, type ExtractionLimits } from './extract-document';
export type { ExtractedDocument, ExtractedPage, TextStatus } from './extracted-document';
export { importFile, type ImportContext, type ImportFileRequest } from './import-file';
export {
  importFiles,
  type ImportFilesOptions,
  type ImportProgress,
  type ImportSource,
  type PageProgress,
} from './import-files';
export type { DuplicateOutcome, FailedOutcome, ImportedOutcome, ImportOutcome } from './import-outcome';
export { extractPdf, warmUpPdfjs, type PdfExtractOptions } from './pdf/extract-pdf';
export { extractPdfIsolated, type IsolatedPdfExtractOptions } from './pdf/extract-pdf-isolated';
export { sweepUnreferencedBlobs, type SweepResult } from './sweep-blobs';
