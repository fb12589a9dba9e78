import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importStandardFromXlsx } from '../../../main/services/standards/io/xlsx-import';
import { validateStandard } from '../../../main/services/standards/model/validate-standard';
import { smallEco, smallSum100 } from './fixtures';
import { buildWorkbook, HEADER, META_ROWS } from './xlsx-builder';

/** Every path to a leaf or container inside a JSON value. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (typeof value === 'object' && value !== null) {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  }
  return here;
}

function setAt(root: unknown, path: Array<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last !== undefined) node[last] = value;
  return copy;
}

describe('robustness', () => {
  it('validateStandard never throws on a valid standard with one value replaced by arbitrary JSON', () => {
    const bases = [smallSum100(), smallEco()];
    fc.assert(
      fc.property(fc.nat(1), fc.nat(), fc.jsonValue({ maxDepth: 3 }), (b, p, replacement) => {
        const base = bases[b];
        const all = paths(base);
        const target = all[p % all.length] ?? [];
        const r = validateStandard(setAt(base, target, replacement));
        // Either still valid, or every error has a path, a field and a Chinese message.
        if (!r.ok) {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) {
            expect(e.path.length).toBeGreaterThan(0);
            expect(e.field.length).toBeGreaterThan(0);
            expect(e.message).toMatch(/[\u4e00-\u9fff]/);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('Excel import never throws on arbitrary cell text', async () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('', '扣分', '按次扣分', '1-5', '每处:0.5', '举行听证=是', '得0分'),
      fc.double({ noNaN: true }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 12, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
        async (rows) => {
          const bytes = await buildWorkbook([
            { name: '标准信息', rows: META_ROWS },
            {
              name: '评查项目',
              rows: [
                HEADER,
                ...rows.map((r) => r.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? 0 : v))),
              ],
            },
          ]);
          const r = await importStandardFromXlsx(bytes);
          if (!r.ok) for (const e of r.errors) expect(e.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 40 },
    );
  });
});
