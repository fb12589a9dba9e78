import { Typography } from 'antd';
import { useState, type ReactNode } from 'react';

const clock = (seconds: number) => {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.floor(seconds);
  const hh = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
};

/** Audio-video records (音像记录): the player with the current time and duration shown; `layer` adds time notes. */
export function MediaViewer({
  url,
  kind,
  layer,
}: {
  url: string;
  kind: 'audio' | 'video';
  layer?: (media: HTMLMediaElement) => ReactNode;
}) {
  const [media, setMedia] = useState<HTMLMediaElement | null>(null);
  const [time, setTime] = useState({ current: 0, duration: Number.NaN });
  const props = {
    src: url,
    ref: setMedia,
    controls: true,
    preload: 'metadata',
    onTimeUpdate: (e: React.SyntheticEvent<HTMLMediaElement>) =>
      setTime({ current: e.currentTarget.currentTime, duration: e.currentTarget.duration }),
    onLoadedMetadata: (e: React.SyntheticEvent<HTMLMediaElement>) =>
      setTime({ current: 0, duration: e.currentTarget.duration }),
  } as const;
  return (
    <div style={{ padding: 16 }}>
      {kind === 'video' ? (
        <video {...props} style={{ width: '100%', maxHeight: '70vh', background: '#000' }} />
      ) : (
        <audio {...props} style={{ width: '100%' }} />
      )}
      <Typography.Text data-testid="media-time" style={{ fontFamily: 'monospace' }}>
        {clock(time.current)} / {clock(time.duration)}
      </Typography.Text>
      {media && layer ? layer(media) : null}
    </div>
  );
}
