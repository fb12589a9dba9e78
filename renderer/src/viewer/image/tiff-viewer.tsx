import { Alert, Button, Spin, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ImageViewer } from './image-viewer';
import { useTiffImage } from './use-tiff-image';

/** A TIFF scan, decoded page by page, in the image viewer (zoom, pan, area annotations per page). */
export function TiffViewer({
  url,
  alt,
  initialPage,
  layer,
}: {
  url: string;
  alt: string;
  /** 1-based. */
  initialPage?: number;
  layer?: (frame: HTMLElement, image: HTMLImageElement, pageIndex: number) => ReactNode;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(Math.max(0, (initialPage ?? 1) - 1));
  const state = useTiffImage(url, page);
  if (state.status === 'error')
    return (
      <Alert
        type="error"
        showIcon
        style={{ margin: 16 }}
        message={t('viewer.loadFailed')}
        description={state.message}
      />
    );
  if (state.status === 'loading') return <Spin style={{ margin: 32 }} />;
  const pager =
    state.pages > 1 ? (
      <>
        <Button
          size="small"
          aria-label={t('viewer.prevPage')}
          disabled={page === 0}
          onClick={() => setPage(page - 1)}
        >
          ‹
        </Button>
        <Typography.Text data-testid="tiff-page">
          {page + 1} / {state.pages}
        </Typography.Text>
        <Button
          size="small"
          aria-label={t('viewer.nextPage')}
          disabled={page >= state.pages - 1}
          onClick={() => setPage(page + 1)}
        >
          ›
        </Button>
      </>
    ) : null;
  return <ImageViewer url={state.src} alt={alt} layer={layer} pageIndex={page} toolbar={pager} />;
}
