import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Standard } from '../../../preload/contract/model/standard/standard';
import type { ItemResult } from '../../../main/services/standards/scoring/item-result';
import { scoreReview } from '../../../main/services/standards/scoring/score-review';
import { factsArb, resultsArb, standardArb } from './arbitraries';
import { mustValidate } from './fixtures';

const caseArb = standardArb.chain((input) => {
  const standard = mustValidate(input);
  return fc.tuple(fc.constant(standard), factsArb, resultsArb(standard));
});

const RUNS = { numRuns: 250 };

describe('scoreReview properties (random standards and results)', () => {
  it('total stays in [0, maxTotal]; item scores in [0, max]; sections consistent', () => {
    fc.assert(
      fc.property(caseArb, ([standard, facts, results]) => {
        const r = scoreReview(standard, facts, results);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(r.maxTotal);
        for (const item of r.items) {
          if (item.score !== null) {
            expect(item.score).toBeGreaterThanOrEqual(0);
            expect(item.score).toBeLessThanOrEqual(item.max);
          }
          expect(item.deduction).toBeGreaterThanOrEqual(0);
        }
        for (const s of r.sections) {
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(s.applicableMax + 1e-9);
        }
      }),
      RUNS,
    );
  });

  it('marking one item N/A never changes any other item score', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ([standard, facts, results], pick) => {
        const codes =
          standard.sections.length > 0
            ? scoreReview(standard, facts, results)
                .items.filter((i) => i.na === null)
                .map((i) => i.itemCode)
            : [];
        const allowNa = new Set(collectAllowNa(standard));
        const candidates = codes.filter((c) => allowNa.has(c));
        fc.pre(candidates.length > 0);
        const target = candidates[pick % candidates.length] ?? '';
        const before = scoreReview(standard, facts, results);
        const after = scoreReview(standard, facts, [
          ...results.filter((x) => x.itemCode !== target),
          { itemCode: target, status: 'na' },
        ]);
        const others = (r: typeof before) =>
          r.items.filter((i) => i.itemCode !== target).map((i) => [i.itemCode, i.score, i.deduction]);
        expect(others(after)).toEqual(others(before));
        expect(after.na.byUser).toContain(target);
      }),
      RUNS,
    );
  });

  it('vetoes always win over points, and adding a veto never helps', () => {
    fc.assert(
      fc.property(caseArb, ([standard, facts, results]) => {
        const r = scoreReview(standard, facts, results);
        const effects = new Set(r.vetoes.map((v) => v.effect));
        const top = standard.grading.bands[0]?.label;
        if (effects.has('zero_total')) {
          expect(r.total).toBe(0);
          expect(r.grade.pass).toBe(false);
        }
        if (effects.has('grade_fail')) expect(r.grade.pass).toBe(false);
        if (effects.has('cap_below_excellent')) expect(r.grade.label).not.toBe(top);
        // Remove the vetoes: the score and grade can only get better or stay.
        const withoutVetoes = results.map((x): ItemResult =>
          x.status === 'veto' ? { itemCode: x.itemCode, status: 'ok' } : x,
        );
        const clean = scoreReview(standard, facts, withoutVetoes);
        const rank = (label: string) => standard.grading.bands.findIndex((b) => b.label === label);
        expect(r.total).toBeLessThanOrEqual(clean.total);
        expect(rank(r.grade.label)).toBeGreaterThanOrEqual(rank(clean.grade.label));
      }),
      RUNS,
    );
  });

  it('is deterministic and independent of result order', () => {
    fc.assert(
      fc.property(
        caseArb.chain(([s, f, rs]) =>
          fc.tuple(
            fc.constant(s),
            fc.constant(f),
            fc.constant(rs),
            fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length }),
          ),
        ),
        ([standard, facts, results, shuffled]) => {
          const a = scoreReview(standard, facts, results);
          expect(scoreReview(standard, facts, results)).toEqual(a);
          expect(scoreReview(standard, facts, shuffled)).toEqual(a);
        },
      ),
      RUNS,
    );
  });

  it('a perfect file with no vetoes reaches the full base score', () => {
    fc.assert(
      fc.property(standardArb, factsArb, (input, facts) => {
        const standard = mustValidate(input);
        const r = scoreReview(standard, facts, []);
        const full =
          standard.formula.kind === 'sum_100'
            ? standard.formula.fullScore
            : standard.formula.legalityPoints + standard.formula.normativityPoints;
        expect(r.total).toBeCloseTo(full, 2);
      }),
      RUNS,
    );
  });
});

function collectAllowNa(standard: Standard): string[] {
  const out: string[] = [];
  const walk = (sections: Standard['sections']): void => {
    for (const s of sections) {
      for (const i of s.items) if (i.allowNa) out.push(i.code);
      walk(s.sections);
    }
  };
  walk(standard.sections);
  return out;
}
