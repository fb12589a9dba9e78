import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Opens a document of this case at a page with the quote highlighted (the documents tab reads these params). */
export function useOpenEvidence(): (documentId: string, page?: number, quote?: string) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (documentId, page, quote) => {
      const next = new URLSearchParams({ tab: 'documents', doc: documentId });
      if (page) next.set('page', String(page));
      if (quote) next.set('q', quote);
      setParams(next);
    },
    [setParams],
  );
}
