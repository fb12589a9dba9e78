import { Typography } from 'antd';
import type { SearchHit } from '../../../../preload/contract/methods/search';

/** A search excerpt with its hits marked (offsets from the server, text rendered as text: no HTML). */
export function HitSnippet({ snippet }: { snippet: SearchHit['snippet'] }) {
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const range of snippet.highlights) {
    if (range.start > at) parts.push({ text: snippet.text.slice(at, range.start), hit: false });
    parts.push({ text: snippet.text.slice(range.start, range.end), hit: true });
    at = range.end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), hit: false });
  return (
    <Typography.Paragraph style={{ margin: 0, fontSize: 13 }}>
      {snippet.truncatedStart ? '…' : ''}
      {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
      {snippet.truncatedEnd ? '…' : ''}
    </Typography.Paragraph>
  );
}
