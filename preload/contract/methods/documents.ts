import { z } from 'zod';
import { defineMethod } from '../define-method';

/** One entry of a case's 卷内目录 (documents in dossier order). */
export interface DocumentSummary {
  id: string;
  caseId: string;
  position: number;
  fileName: string;
  sha256: string;
  size: number;
  /** What the content really is (pdf, docx, jpeg, mp4, …), decided from the bytes. */
  detectedType: string;
  /** How the viewer shows it. */
  viewer: 'pdf' | 'docx' | 'image' | 'audio' | 'video' | 'none';
  mimeType: string;
  docType: string | null;
  docTypeLabel: string | null;
  docTypeConfidence: number | null;
  pageCount: number;
  /** 1-based page range within the whole dossier (卷内页码), null for media. */
  pages: { from: number; to: number } | null;
  textStatus: 'ok' | 'partial' | 'none' | 'failed';
  /** From the file's own metadata, where present (PDF Info/XMP, DOCX core properties). */
  title: string | null;
  author: string | null;
  /** ISO-8601. */
  created: string | null;
  warnings: string[];
  importedAt: string;
}

export interface DocTypeOption {
  code: string;
  label: string;
}

const id = z.string().min(1).max(64);

export const documentMethods = {
  'documents.list': defineMethod<DocumentSummary[]>()(z.object({ caseId: id }).strict()),
  'documents.types': defineMethod<DocTypeOption[]>()(z.object({}).strict()),
  /** Corrects the classifier: `docType: null` clears the type. */
  'documents.setType': defineMethod<DocumentSummary>()(
    z.object({ id, docType: z.string().max(64).nullable() }).strict(),
  ),
  /** New dossier order: every document of the case exactly once. */
  'documents.reorder': defineMethod<DocumentSummary[]>()(
    z.object({ caseId: id, orderedIds: z.array(id).max(20_000) }).strict(),
  ),
  'documents.remove': defineMethod<{ id: string }>()(z.object({ id }).strict()),
  /** Page numbers (1-based, within the document) that have no text layer and need OCR. */
  'documents.pagesWithoutText': defineMethod<number[]>()(z.object({ id }).strict()),
  /** DOCX as HTML for the viewer (NOT sanitized here: the renderer runs DOMPurify before showing it). */
  'documents.html': defineMethod<{ html: string }>()(z.object({ id }).strict()),
};
