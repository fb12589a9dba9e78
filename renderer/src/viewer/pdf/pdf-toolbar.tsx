import { Button, Input, InputNumber, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface PdfToolbarProps {
  page: number;
  pageCount: number;
  scalePercent: number;
  matches: { current: number; total: number } | null;
  onPage(page: number): void;
  onZoom(direction: 'in' | 'out'): void;
  onFitWidth(): void;
  onFind(query: string, previous: boolean): void;
  onToggleThumbnails(): void;
  /** The page shown has no text layer (scanned): it cannot be searched or selected until OCR. */
  textless?: boolean;
}

export function PdfToolbar(props: PdfToolbarProps) {
  const { t } = useTranslation();
  return (
    <Space wrap style={{ padding: '6px 8px', borderBottom: '1px solid #f0f0f0', width: '100%' }}>
      <Button size="small" onClick={props.onToggleThumbnails}>
        {t('viewer.thumbnails')}
      </Button>
      <Button
        size="small"
        aria-label={t('viewer.prevPage')}
        disabled={props.page <= 1}
        onClick={() => props.onPage(props.page - 1)}
      >
        ‹
      </Button>
      <InputNumber
        size="small"
        min={1}
        max={props.pageCount}
        value={props.page}
        aria-label={t('viewer.pageNumber')}
        onChange={(value) => value && props.onPage(value)}
        style={{ width: 72 }}
      />
      <Typography.Text type="secondary" data-testid="page-count">
        / {props.pageCount}
      </Typography.Text>
      <Button
        size="small"
        aria-label={t('viewer.nextPage')}
        disabled={props.page >= props.pageCount}
        onClick={() => props.onPage(props.page + 1)}
      >
        ›
      </Button>
      {props.textless ? (
        <Tooltip title={t('viewer.textlessHint')}>
          <Tag color="red" data-testid="page-textless">
            {t('viewer.textless')}
          </Tag>
        </Tooltip>
      ) : null}
      <Tooltip title="Ctrl -">
        <Button size="small" aria-label={t('viewer.zoomOut')} onClick={() => props.onZoom('out')}>
          −
        </Button>
      </Tooltip>
      <Typography.Text data-testid="zoom">{props.scalePercent}%</Typography.Text>
      <Tooltip title="Ctrl +">
        <Button size="small" aria-label={t('viewer.zoomIn')} onClick={() => props.onZoom('in')}>
          +
        </Button>
      </Tooltip>
      <Button size="small" onClick={props.onFitWidth}>
        {t('viewer.fitWidth')}
      </Button>
      <Input.Search
        size="small"
        allowClear
        placeholder={t('viewer.find')}
        aria-label={t('viewer.find')}
        style={{ width: 220 }}
        onSearch={(query, event) => props.onFind(query, !!(event && 'shiftKey' in event && event.shiftKey))}
      />
      {props.matches ? (
        <Typography.Text type="secondary" data-testid="find-count">
          {props.matches.total === 0
            ? t('viewer.noMatches')
            : `${props.matches.current} / ${props.matches.total}`}
        </Typography.Text>
      ) : null}
    </Space>
  );
}
