import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Maps a URL pathname to a file under `root`, or null when the request tries to
 * leave it. Rejects encoded traversal (%2e%2e, %2f, %5c), backslashes, NUL bytes
 * and malformed escapes. Decoding happens exactly once, before the check.
 */
export function resolveStaticPath(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const relativePath = segments.length === 0 ? 'index.html' : segments.join(sep);
  const absoluteRoot = resolve(root);
  const candidate = resolve(absoluteRoot, relativePath);
  const rel = relative(absoluteRoot, candidate);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return candidate;
}
