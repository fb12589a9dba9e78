/** Entry names a bundle may contain; anything else is refused before a byte is extracted. */
const DATA = /^data\/[a-z][a-z0-9-]{0,40}\.json$/;
const BLOB = /^blobs\/[0-9a-f]{64}$/;

export type EntryPlace = 'manifest' | 'data' | 'blob';

/**
 * Checks one ZIP entry name; returns where it belongs or a Chinese reason.
 * Hostile names are named in the reason (truncated) so a user can report them.
 * Order matters: the generic traversal checks come first so the message says
 * what is wrong rather than just "unknown entry".
 */
export function classifyEntryName(name: string): { place: EntryPlace } | { problem: string } {
  const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
  if (name.length === 0) return { problem: '包含没有名称的条目' };
  if (name.length > 200) return { problem: `条目名称过长：${shown}` };
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f]/.test(name)) return { problem: `条目名称含控制字符：${shown}` };
  if (name.includes('\\')) return { problem: `条目名称含反斜杠（可能借 Windows 路径越出目录）：${shown}` };
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return { problem: `条目使用绝对路径：${shown}` };
  const segments = name.split('/');
  if (segments.some((s) => s === '..')) return { problem: `条目路径含“..”（试图越出目录）：${shown}` };
  if (segments.some((s) => s === '' || s === '.')) return { problem: `条目路径不规范：${shown}` };
  if (name === 'manifest.json') return { place: 'manifest' };
  if (DATA.test(name)) return { place: 'data' };
  if (BLOB.test(name)) return { place: 'blob' };
  return { problem: `评查包中有不认识的条目：${shown}` };
}
