import { resolve } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinStandards, type BuiltinStandard } from '../../../main/services/standards/builtin';
import { conditionCellText, exportStandardToXlsx } from '../../../main/services/standards/io/xlsx-export';
import { importStandardFromXlsx } from '../../../main/services/standards/io/xlsx-import';
import { ACT_TYPES, PROCEDURES } from '../../../preload/contract/model/standard/vocabulary';
import type { CaseFacts } from '../../../preload/contract/model/standard/case-facts';
import type { Standard } from '../../../preload/contract/model/standard/standard';
import { listItems } from '../../../preload/contract/model/standard/walk';
import type { ItemResult } from '../../../main/services/standards/scoring/item-result';
import { scoreReview } from '../../../main/services/standards/scoring/score-review';
import { resultsArb } from './arbitraries';

const bool = fc.option(fc.boolean(), { nil: undefined });
const fullFactsArb: fc.Arbitrary<CaseFacts> = fc.record({
  actType: fc.option(fc.constantFrom(...ACT_TYPES), { nil: undefined }),
  procedure: fc.option(fc.constantFrom(...PROCEDURES), { nil: undefined }),
  hearingHeld: bool,
  coerciveMeasureTaken: bool,
  legalReviewRequired: bool,
  collectiveDiscussionRequired: bool,
  avRecordingRequired: bool,
  penaltyImposed: bool,
  separateCorrectionOrder: bool,
  samplingOrTesting: bool,
  seizureExtended: bool,
  reminderIssued: bool,
  courtEnforcementApplied: bool,
  caseClosed: bool,
  licenceGranted: bool,
  onSiteInspection: bool,
});

/** Re-import renumbers option ids by position (o1, o2, …); translate the results accordingly. */
function translate(original: Standard, results: ItemResult[]): ItemResult[] {
  const items = new Map(listItems(original).map((l) => [l.item.code, l.item]));
  const idOf = (code: string, id: string): string =>
    `o${(items.get(code)?.options.findIndex((o) => o.id === id) ?? -1) + 1}`;
  return results.map((r) => {
    const out: ItemResult = { ...r };
    if (r.optionIds) out.optionIds = r.optionIds.map((id) => idOf(r.itemCode, id));
    if (r.occurrences !== undefined && typeof r.occurrences !== 'number') {
      out.occurrences = Object.fromEntries(
        Object.entries(r.occurrences).map(([id, n]) => [idOf(r.itemCode, id), n]),
      );
    }
    return out;
  });
}

let builtins: BuiltinStandard[];
beforeAll(async () => {
  builtins = (await loadBuiltinStandards(resolve(__dirname, '../../../resources/standards'))).standards;
});

describe('exportStandardToXlsx', () => {
  it('writes conditions in cell syntax when possible and JSON otherwise', () => {
    expect(
      conditionCellText([
        { fact: 'hearingHeld', equals: true },
        { all: [{ fact: 'procedure', in: ['简易', '普通'] }] },
      ]),
    ).toBe('举行听证=是；程序=简易|普通');
    expect(conditionCellText([{ not: { fact: 'procedure', equals: '简易' } }])).toBe('程序≠简易');
    const any = {
      any: [
        { fact: 'hearingHeld', equals: true },
        { fact: 'caseClosed', equals: true },
      ],
    };
    expect(JSON.parse(conditionCellText([any]))).toEqual(any);
  });

  it('every built-in standard survives export → import and scores identically', async () => {
    expect(builtins).toHaveLength(6);
    for (const { standard, file } of builtins) {
      const { bytes, warnings } = await exportStandardToXlsx(standard);
      expect(warnings, file).toEqual([]);
      const back = await importStandardFromXlsx(bytes);
      if (!back.ok) throw new Error(`${file}: ${JSON.stringify(back.errors.slice(0, 3))}`);
      const again = back.value.standard;
      expect(
        listItems(again).map((l) => [l.item.code, l.item.points, l.item.mode, l.item.veto, l.item.ruleIds]),
        file,
      ).toEqual(
        listItems(standard).map((l) => [
          l.item.code,
          l.item.points,
          l.item.mode,
          l.item.veto,
          l.item.ruleIds,
        ]),
      );
      expect(again.formula).toEqual(standard.formula);
      expect(again.grading).toEqual(standard.grading);
      fc.assert(
        fc.property(fullFactsArb, resultsArb(standard), (facts, results) => {
          const a = scoreReview(standard, facts, results);
          const b = scoreReview(again, facts, translate(standard, results));
          expect([b.total, b.grade, b.na, b.vetoes.map((v) => v.itemCode)]).toEqual([
            a.total,
            a.grade,
            a.na,
            a.vetoes.map((v) => v.itemCode),
          ]);
        }),
        { numRuns: 40 },
      );
    }
  });
});
