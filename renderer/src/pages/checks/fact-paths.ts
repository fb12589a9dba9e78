type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;

/** Value at a dotted path ('events.notices.0.servedDate'); undefined when absent. */
export function getPath(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined),
      root,
    );
}

/**
 * A copy of `root` with the value at `path` set, or removed when `value` is
 * undefined (emptied objects are removed too, so a cleared event disappears
 * instead of failing validation as an event without a date).
 */
export function setPath(root: Json, path: string, value: unknown): Json {
  const out = structuredClone(root);
  const keys = path.split('.');
  const chain: Json[] = [out];
  let node: Json = out;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i]!;
    const nextIsIndex = /^\d+$/.test(keys[i + 1]!);
    if (!isObject(node[key])) {
      if (value === undefined) return out;
      node[key] = nextIsIndex ? [] : {};
    }
    node = node[key] as Json;
    chain.push(node);
  }
  const last = keys.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  // Drop objects left empty by the removal, innermost first (arrays are kept: they default to []).
  for (let i = chain.length - 1; i > 0; i--) {
    const child = chain[i]!;
    if (Array.isArray(child) || Object.keys(child).length > 0) break;
    delete chain[i - 1]![keys[i - 1]!];
  }
  return out;
}
