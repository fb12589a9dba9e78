import { describe, expect, it } from 'vitest';
import { exportStandardJson, importStandardJson } from '../../../main/services/standards/io/json-io';
import { validateStandard } from '../../../main/services/standards/model/validate-standard';
import { smallEco } from './fixtures';

describe('JSON import/export', () => {
  it('round-trips with an identical hash and identical bytes', () => {
    const first = importStandardJson(JSON.stringify(smallEco()));
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    const text = exportStandardJson(first.value.standard);
    const second = importStandardJson(text);
    if (!second.ok) throw new Error(JSON.stringify(second.errors));
    expect(second.value.contentHash).toBe(first.value.contentHash);
    expect(exportStandardJson(second.value.standard)).toBe(text);
  });

  it('re-validating a validated standard is a no-op', () => {
    const once = validateStandard(smallEco());
    if (!once.ok) throw new Error('fixture invalid');
    const twice = validateStandard(once.value);
    expect(twice).toEqual(once);
  });

  it('accepts a UTF-8 BOM and reports syntax errors without throwing', () => {
    expect(importStandardJson(`\uFEFF${JSON.stringify(smallEco())}`).ok).toBe(true);
    const bad = importStandardJson('{ "code": "X", ');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]?.message).toMatch(/^不是有效的 JSON/);
  });

  it('survives absurdly deep nesting without throwing', () => {
    const depth = 50_000;
    const deep = `${'{"not":'.repeat(depth)}{"fact":"hearingHeld","equals":true}${'}'.repeat(depth)}`;
    const input = smallEco();
    const item = input.sections[0]?.items?.[0];
    if (item === undefined) throw new Error('fixture shape changed');
    Object.assign(item, { note: '__DEEP__' });
    const text = JSON.stringify(input).replace('"note":"__DEEP__"', `"appliesWhen":${deep}`);
    const r = importStandardJson(text);
    expect(r.ok).toBe(false);
  });

  it('rejects absurd point values', () => {
    const input = smallEco();
    const item = input.sections[2]?.items?.[1];
    if (item === undefined) throw new Error('fixture shape changed');
    item.points = 1e300;
    const r = validateStandard(input);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toContainEqual(
        expect.objectContaining({ itemCode: 'N2', field: 'points', message: '不能大于 1000' }),
      );
  });
});
