import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { claimPdfLoad } from './pdf-loading';

export type PdfLoadState =
  | { status: 'loading'; progress: number }
  | { status: 'ready'; pdf: PDFDocumentProxy }
  | { status: 'error'; message: string; needsPassword: boolean };

/** Loads a PDF by URL (document bytes come from the main process by id, never by path). */
export function usePdfDocument(url: string, password?: string): PdfLoadState {
  const [state, setState] = useState<PdfLoadState>({ status: 'loading', progress: 0 });

  useEffect(() => {
    setState({ status: 'loading', progress: 0 });
    const task = claimPdfLoad(url, password);
    task.onProgress = ({ loaded, total }: { loaded: number; total: number }) =>
      setState((s) =>
        s.status === 'loading' ? { status: 'loading', progress: total ? loaded / total : 0 } : s,
      );
    task.promise.then(
      (pdf) => setState({ status: 'ready', pdf }),
      (error: { name?: string; message?: string }) => {
        const needsPassword = error?.name === 'PasswordException';
        setState({ status: 'error', message: error?.message ?? String(error), needsPassword });
      },
    );
    return () => {
      void task.destroy();
    };
  }, [url, password]);

  return state;
}
