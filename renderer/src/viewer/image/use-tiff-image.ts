import { useEffect, useState } from 'react';
import UTIF from 'utif2';

export type TiffState =
  | { status: 'loading' }
  | { status: 'ready'; src: string; pages: number }
  | { status: 'error'; message: string };

/** Decodes one page of a TIFF into RGBA and then into a PNG blob the <img> can show. */
async function decodePage(bytes: ArrayBuffer, page: number): Promise<{ src: string; pages: number }> {
  const images = UTIF.decode(bytes).filter((ifd) => typeof ifd.t256 !== 'undefined');
  const ifd = images[Math.min(Math.max(page, 0), images.length - 1)];
  if (!ifd) throw new Error('no image');
  UTIF.decodeImage(bytes, ifd);
  const canvas = document.createElement('canvas');
  canvas.width = ifd.width;
  canvas.height = ifd.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.putImageData(new ImageData(new Uint8ClampedArray(UTIF.toRGBA8(ifd)), ifd.width, ifd.height), 0, 0);
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) throw new Error('no png');
  return { src: URL.createObjectURL(blob), pages: images.length };
}

/**
 * Browsers cannot show TIFF, the usual format of scanned dossiers: the bytes are
 * fetched by document id as for any image and one page at a time is decoded here
 * (UTIF: CCITT G3/G4, LZW, JPEG, PackBits, Deflate), shown through a blob: URL.
 */
export function useTiffImage(url: string, page: number): TiffState {
  const [state, setState] = useState<TiffState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    let src: string | undefined;
    setState({ status: 'loading' });
    fetch(url, { credentials: 'include' })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then((bytes) => decodePage(bytes, page))
      .then((decoded) => {
        src = decoded.src;
        if (live) setState({ status: 'ready', ...decoded });
        else URL.revokeObjectURL(decoded.src);
      })
      .catch((error: unknown) => {
        if (live)
          setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      live = false;
      if (src) URL.revokeObjectURL(src);
    };
  }, [url, page]);
  return state;
}
