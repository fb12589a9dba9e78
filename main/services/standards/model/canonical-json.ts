/**
 * Canonical JSON: object keys sorted by code point, no whitespace, `undefined`
 * members dropped, non-finite numbers rejected. Two standards that mean the
 * same thing serialise to the same bytes regardless of key order in the file.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: 非有限数值不能序列化');
      // -0 and 0 mean the same score.
      return JSON.stringify(value === 0 ? 0 : value);
    case 'object': {
      if (Array.isArray(value))
        return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`canonicalJson: 不支持的类型 ${typeof value}`);
  }
}
