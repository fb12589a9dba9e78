import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../../../preload/contract/methods/documents';
import { api } from '../../api/api-client';

const NONE: ReadonlySet<number> = new Set();

/**
 * The pages of a PDF that have no text layer (scans needing OCR), asked for only
 * when the document is known to have some: most PDFs are born digital.
 */
export function useTextlessPages(doc: DocumentSummary): ReadonlySet<number> {
  const [pages, setPages] = useState(NONE);
  const needed = doc.viewer === 'pdf' && doc.textStatus !== 'ok';
  useEffect(() => {
    setPages(NONE);
    if (!needed) return;
    let live = true;
    void api.call('documents.pagesWithoutText', { id: doc.id }).then((result) => {
      if (live && result.ok) setPages(new Set(result.value));
    });
    return () => {
      live = false;
    };
  }, [doc.id, needed]);
  return pages;
}
