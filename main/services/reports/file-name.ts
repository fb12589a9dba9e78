/**
 * File names that are valid on Windows, where the exported reports usually
 * go: no reserved characters or device names, no trailing dots or spaces,
 * bounded length (a component may have 255 UTF-16 units; we keep far below so
 * that the folder path still fits in MAX_PATH on older systems).
 */
// eslint-disable-next-line no-control-regex -- control characters are illegal in Windows file names
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;
export const MAX_BASE_LENGTH = 100;

export function sanitizeFileBase(raw: string, fallback = '未命名'): string {
  let base = raw.replace(ILLEGAL, '_').replace(/\s+/g, ' ').trim();
  if ([...base].length > MAX_BASE_LENGTH) base = [...base].slice(0, MAX_BASE_LENGTH).join('');
  base = base.replace(/[. ]+$/u, '');
  if (!base) base = fallback;
  // "CON.pdf" or "nul" open a device on Windows, whatever the extension.
  if (RESERVED.test(base.split('.')[0]!)) base = `_${base}`;
  return base;
}

/** `<文号>_<案件名称>_评查意见书.pdf` (文号 omitted when empty). */
export function opinionFileName(caseNumber: string, caseName: string): string {
  const parts = [caseNumber.trim(), caseName.trim()].filter(Boolean);
  return `${sanitizeFileBase(`${parts.join('_')}_评查意见书`)}.pdf`;
}

/**
 * A name not in `taken` (compared case-insensitively, as Windows does):
 * `名称.pdf`, then `名称 (2).pdf`, … — outputs are never overwritten silently.
 */
export function uniqueFileName(name: string, taken: ReadonlySet<string>): string {
  const has = (n: string) => taken.has(n.toLowerCase());
  if (!has(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let i = 2; ; i++) {
    const candidate = `${stem} (${i})${ext}`;
    if (!has(candidate)) return candidate;
  }
}
