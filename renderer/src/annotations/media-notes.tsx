import { Button, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  Annotation,
  AnnotationAnchor,
  AnnotationKind,
} from '../../../preload/contract/methods/annotations';

const clock = (s: number) => {
  const t = Math.floor(s);
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
};

/**
 * Time notes on an audio/video record: "标记起点" then "添加时间批注" makes a
 * range (or a point without a mark); clicking a note seeks the player there.
 */
export function MediaNotes(p: {
  media: HTMLMediaElement;
  annotations: readonly Annotation[];
  flash: { id: string; at: number } | null;
  onCreate(kind: AnnotationKind, anchor: AnnotationAnchor): void;
}) {
  const { t } = useTranslation();
  const { media } = p;
  const [mark, setMark] = useState<number | null>(null);
  const notes = p.annotations.filter((a) => a.anchor.type === 'media');

  useEffect(() => {
    const a = p.flash && notes.find((n) => n.id === p.flash?.id);
    if (a?.anchor.type === 'media') media.currentTime = a.anchor.start;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [p.flash, media]);

  const add = () => {
    const now = media.currentTime;
    const anchor: AnnotationAnchor =
      mark !== null && now > mark
        ? { type: 'media', start: mark, end: now }
        : { type: 'media', start: now, end: null };
    setMark(null);
    p.onCreate('media-note', anchor);
  };

  return (
    <div style={{ marginTop: 12 }} data-testid="media-notes">
      <Space wrap>
        <Button size="small" onClick={() => setMark(media.currentTime)}>
          {mark === null ? t('annotations.markStart') : t('annotations.markedAt', { time: clock(mark) })}
        </Button>
        <Button size="small" type="primary" onClick={add} data-testid="add-media-note">
          {t('annotations.addTimeNote')}
        </Button>
      </Space>
      <List
        size="small"
        dataSource={notes}
        renderItem={(a) =>
          a.anchor.type === 'media' ? (
            <List.Item
              style={{ cursor: 'pointer', background: a.id === p.flash?.id ? '#e6f4ff' : undefined }}
              onClick={() => a.anchor.type === 'media' && (media.currentTime = a.anchor.start)}
            >
              <Space>
                <Typography.Text code>
                  {clock(a.anchor.start)}
                  {a.anchor.end !== null ? `–${clock(a.anchor.end)}` : ''}
                </Typography.Text>
                <Tag>{a.category}</Tag>
                {a.body}
              </Space>
            </List.Item>
          ) : null
        }
      />
    </div>
  );
}
