import { z } from 'zod';
import { defineMethod } from '../define-method';

export interface SearchHit {
  caseId: string;
  caseName: string;
  caseNumber: string;
  documentId: string;
  fileName: string;
  docTypeLabel: string | null;
  /** 1-based page within the document. */
  page: number;
  /** Excerpt with hit ranges (offsets into `text`); the renderer marks them up. */
  snippet: {
    text: string;
    highlights: { start: number; end: number }[];
    truncatedStart: boolean;
    truncatedEnd: boolean;
  };
}

export const searchMethods = {
  /** Full-text search over all document pages, or one case's; finds 1- and 2-character Chinese words exactly. */
  'search.query': defineMethod<{ hits: SearchHit[] }>()(
    z
      .object({
        query: z.string().trim().min(1, '请输入检索词').max(200),
        caseId: z.string().min(1).max(64).optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
  ),
};
