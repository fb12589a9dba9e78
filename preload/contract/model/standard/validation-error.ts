/**
 * One problem in a standard file. `path` is the JSON path (e.g.
 * `sections[1].items[3].points`), `itemCode` the nearest item or section code
 * when one can be found, `field` the offending field name, `message` Chinese.
 */
export interface StandardValidationError {
  path: string;
  itemCode?: string;
  field: string;
  message: string;
}

export type StandardValidationResult<T> =
  { ok: true; value: T } | { ok: false; errors: StandardValidationError[] };

/** `['sections', 1, 'items', 3, 'points']` → `sections[1].items[3].points`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(根)' : out;
}

/** Last non-index path segment: the field the message is about. */
export function fieldOf(path: ReadonlyArray<PropertyKey>): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    if (typeof part === 'string') return part;
  }
  return '(根)';
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Walks the raw input along `path` and returns the `code` of the deepest
 * object passed through that has one — the item (or section) the error is in.
 * Works on garbage input because it only reads what is there.
 */
export function nearestCode(input: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  let node: unknown = input;
  let found: string | undefined;
  const depthLimit = path.length;
  for (let i = 0; i <= depthLimit; i++) {
    // The standard's own code is not an "item code"; skip the root.
    if (i > 0 && isRecord(node) && typeof node.code === 'string' && node.code.trim() !== '')
      found = node.code.trim();
    if (i === depthLimit) break;
    const key = path[i];
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecord(node) && typeof key === 'string') node = node[key];
    else break;
  }
  return found;
}
