import { Button, Space, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Photos and scans: wheel or buttons to zoom, drag to pan. `layer` draws over
 * the image (annotations) inside the zoomed frame, so it follows pan and zoom.
 */
export function ImageViewer({
  url,
  alt,
  layer,
  pageIndex = 0,
  toolbar,
}: {
  url: string;
  alt: string;
  layer?: (frame: HTMLElement, image: HTMLImageElement, pageIndex: number) => ReactNode;
  /** Which page of a multi-page image (TIFF) is shown; annotations are kept per page. */
  pageIndex?: number;
  /** Extra controls after the zoom buttons (TIFF page switching). */
  toolbar?: ReactNode;
}) {
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  const { t } = useTranslation();
  const [scale, setScale] = useState(1);
  const [offset, setOffset] = useState({ x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number } | null>(null);
  const zoom = (factor: number) => setScale((s) => Math.min(10, Math.max(0.1, s * factor)));

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <Space style={{ padding: '6px 8px', borderBottom: '1px solid #f0f0f0' }}>
        <Button size="small" aria-label={t('viewer.zoomOut')} onClick={() => zoom(1 / 1.25)}>
          −
        </Button>
        <Typography.Text data-testid="zoom">{Math.round(scale * 100)}%</Typography.Text>
        <Button size="small" aria-label={t('viewer.zoomIn')} onClick={() => zoom(1.25)}>
          +
        </Button>
        <Button
          size="small"
          onClick={() => {
            setScale(1);
            setOffset({ x: 0, y: 0 });
          }}
        >
          {t('viewer.reset')}
        </Button>
        {toolbar}
      </Space>
      <div
        style={{
          flex: 1,
          overflow: 'hidden',
          background: '#333',
          cursor: drag.current ? 'grabbing' : 'grab',
          position: 'relative',
        }}
        onWheel={(e) => zoom(e.deltaY < 0 ? 1.1 : 1 / 1.1)}
        onPointerDown={(e) => {
          drag.current = { x: e.clientX - offset.x, y: e.clientY - offset.y };
          (e.target as HTMLElement).setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) =>
          drag.current && setOffset({ x: e.clientX - drag.current.x, y: e.clientY - drag.current.y })
        }
        onPointerUp={() => (drag.current = null)}
      >
        <div
          ref={setFrame}
          style={{
            transform: `translate(${offset.x}px, ${offset.y}px) scale(${scale})`,
            transformOrigin: 'center',
            position: 'relative',
            width: 'fit-content',
            maxWidth: '100%',
            margin: '0 auto',
          }}
        >
          <img
            ref={setImage}
            src={url}
            alt={alt}
            draggable={false}
            style={{ maxWidth: '100%', display: 'block', userSelect: 'none' }}
          />
          {frame && image && layer ? layer(frame, image, pageIndex) : null}
        </div>
      </div>
    </div>
  );
}
