import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const THUMB_WIDTH = 120;

/** One thumbnail, rendered only when scrolled into view. */
function Thumbnail({
  pdf,
  pageNumber,
  active,
  onSelect,
}: {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  active: boolean;
  onSelect(n: number): void;
}) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let cancelled = false;
    let renderTask: { cancel(): void } | undefined;
    const observer = new IntersectionObserver(async ([entry]) => {
      if (!entry?.isIntersecting || cancelled) return;
      observer.disconnect();
      const page = await pdf.getPage(pageNumber);
      if (cancelled) return;
      const viewport = page.getViewport({ scale: THUMB_WIDTH / page.getViewport({ scale: 1 }).width });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      const task = page.render({ canvas, viewport });
      renderTask = task;
      await task.promise.catch(() => undefined);
    });
    observer.observe(canvas);
    return () => {
      cancelled = true;
      observer.disconnect();
      renderTask?.cancel();
    };
  }, [pdf, pageNumber]);

  return (
    <button
      type="button"
      onClick={() => onSelect(pageNumber)}
      aria-label={t('viewer.pageLandmark', { n: pageNumber })}
      aria-current={active ? 'page' : undefined}
      style={{
        display: 'block',
        margin: '8px auto',
        padding: 2,
        border: active ? '2px solid #1677ff' : '2px solid transparent',
        background: 'none',
        cursor: 'pointer',
      }}
    >
      <canvas
        ref={canvasRef}
        width={THUMB_WIDTH}
        height={Math.round(THUMB_WIDTH * 1.414)}
        style={{ display: 'block', background: '#fff', boxShadow: '0 0 2px #999' }}
      />
      <span style={{ fontSize: 12 }}>{pageNumber}</span>
    </button>
  );
}

export function PdfThumbnails({
  pdf,
  current,
  onSelect,
}: {
  pdf: PDFDocumentProxy;
  current: number;
  onSelect(n: number): void;
}) {
  const { t } = useTranslation();
  return (
    <nav
      aria-label={t('viewer.thumbnails')}
      style={{ width: 150, overflowY: 'auto', borderRight: '1px solid #f0f0f0', background: '#fafafa' }}
    >
      {Array.from({ length: pdf.numPages }, (_, i) => (
        <Thumbnail key={i + 1} pdf={pdf} pageNumber={i + 1} active={current === i + 1} onSelect={onSelect} />
      ))}
    </nav>
  );
}
