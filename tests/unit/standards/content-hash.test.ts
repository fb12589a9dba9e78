import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../main/services/standards/model/canonical-json';
import { standardContentHash } from '../../../main/services/standards/model/content-hash';
import { mustValidate, smallSum100 } from './fixtures';

/** Reverses key order at every level, to prove the hash ignores it. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

describe('canonical JSON and content hash', () => {
  it('sorts keys, drops undefined, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: undefined, c: '中' }], e: -0 })).toBe(
      '{"a":[3,{"c":"中"}],"b":1,"e":0}',
    );
  });

  it('rejects non-finite numbers', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
  });

  it('is a 64-hex SHA-256 that ignores key order and explicit defaults', () => {
    const a = standardContentHash(mustValidate(smallSum100()));
    const b = standardContentHash(mustValidate(reverseKeys({ ...smallSum100(), naPolicy: 'renormalise' })));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
  });

  it('changes when any point value changes', () => {
    const input = smallSum100();
    const changed = structuredClone(input);
    const opt = changed.sections[0]?.items?.[0]?.options?.[0];
    if (opt === undefined) throw new Error('fixture shape changed');
    opt.points = 2.5;
    expect(standardContentHash(mustValidate(changed))).not.toBe(standardContentHash(mustValidate(input)));
  });
});
