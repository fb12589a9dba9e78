import { AppError } from '../../../preload/contract/app-error';

const MAX_PATH_CHARS = 1024;
const MAX_DEPTH = 32;
// Characters Windows forbids in names, and control characters.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const FORBIDDEN = /[<>:"|?*\u0000-\u001f]/;

/**
 * Validates the relative path a browser reports for an uploaded file (e.g.
 * `案卷A/笔录/询问笔录.pdf` from a folder picker) and returns its segments.
 * Refuses absolute paths, `..`, backslashes, drive letters and odd names.
 * The path is only a label: staged files are stored under generated names.
 */
export function parseRelativeUploadPath(path: string): string[] {
  const refuse = (why: string) =>
    new AppError('E_INVALID_ARGS', `上传路径无效（${why}）：${path.slice(0, 200)}`);
  if (path.length === 0 || path.length > MAX_PATH_CHARS) throw refuse('长度');
  if (path.includes('\\')) throw refuse('含反斜杠');
  if (path.startsWith('/')) throw refuse('绝对路径');
  const segments = path.split('/');
  if (segments.length > MAX_DEPTH) throw refuse('层级过深');
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..') throw refuse('含空段或 ..');
    if (FORBIDDEN.test(segment)) throw refuse('含非法字符');
    if (segment.endsWith(' ') || segment.endsWith('.')) throw refuse('名称以空格或点结尾');
    if (segment.length > 255) throw refuse('名称过长');
  }
  return segments;
}
