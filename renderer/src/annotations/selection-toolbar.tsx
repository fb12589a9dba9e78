import { Button, Space } from 'antd';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { AnnotationKind } from '../../../preload/contract/methods/annotations';

/** Floating buttons beside a fresh selection: 高亮 / 下划线 / 批注. Esc closes it. */
export function SelectionToolbar(p: {
  x: number;
  y: number;
  kinds: AnnotationKind[];
  onPick(kind: AnnotationKind): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { onClose } = p;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return createPortal(
    <div
      role="toolbar"
      aria-label={t('annotations.selectionToolbar')}
      data-testid="annotation-toolbar"
      style={{
        position: 'fixed',
        left: Math.min(p.x, window.innerWidth - 240),
        top: Math.max(4, p.y + 8),
        zIndex: 1000,
        background: '#fff',
        boxShadow: '0 2px 8px rgba(0,0,0,0.25)',
        borderRadius: 6,
        padding: 4,
      }}
      onMouseDown={(e) => e.preventDefault()}
    >
      <Space size={4}>
        {p.kinds.map((kind) => (
          <Button key={kind} size="small" onClick={() => p.onPick(kind)} data-testid={`annotate-${kind}`}>
            {t(`annotations.kind.${kind}`)}
          </Button>
        ))}
      </Space>
    </div>,
    document.body,
  );
}
