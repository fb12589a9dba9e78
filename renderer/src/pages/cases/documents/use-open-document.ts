import { useCallback, useEffect, useState } from 'react';
import { useLocation, useSearchParams } from 'react-router';

/** Which document is open, at which page, highlighting what (`?doc=&page=&q=`). */
export interface OpenDocument {
  doc: string | null;
  page: number | undefined;
  q: string | undefined;
}

const read = (params: URLSearchParams): OpenDocument => ({
  doc: params.get('doc'),
  page: Number(params.get('page')) || undefined,
  q: params.get('q') ?? undefined,
});

/**
 * The open document lives in component state and is mirrored into the URL with
 * `history.replaceState`, so links and reloads still land on it. Going through
 * the router instead re-rendered the whole app shell on every click in the
 * 卷内目录 (~200 ms of React work before pdf.js even started fetching; measured
 * in bench/suites/pdf-first-page.bench.ts). Navigation from elsewhere (a search
 * hit, a pre-check's evidence link) changes the router's URL and is followed.
 */
export function useOpenDocument(): [OpenDocument, (next: OpenDocument) => void] {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(() => read(params));
  useEffect(() => setOpen(read(params)), [params]);

  const change = useCallback(
    (next: OpenDocument) => {
      setOpen(next);
      const mirrored = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
      for (const [key, value] of Object.entries(next)) {
        if (value === null || value === undefined) mirrored.delete(key);
        else mirrored.set(key, String(value));
      }
      window.history.replaceState(window.history.state, '', `#${pathname}?${mirrored.toString()}`);
    },
    [pathname],
  );
  return [open, change];
}
