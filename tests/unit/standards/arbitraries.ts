import fc from 'fast-check';
import type { CaseFacts } from '../../../preload/contract/model/standard/case-facts';
import type { StandardItemInput } from '../../../preload/contract/model/standard/item';
import type { StandardSectionInput } from '../../../preload/contract/model/standard/section';
import type { Standard, StandardInput } from '../../../preload/contract/model/standard/standard';
import type { StandardItem } from '../../../preload/contract/model/standard/item';
import { listItems } from '../../../preload/contract/model/standard/walk';
import type { ItemResult } from '../../../main/services/standards/scoring/item-result';

/** Points in half-point steps, as real standards use. */
const halfPoints = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: min * 2, max: max * 2 }).map((n) => n / 2);

const conditionArb = fc.option(
  fc.constantFrom<StandardItemInput['appliesWhen']>(
    { fact: 'hearingHeld', equals: true },
    { fact: 'procedure', equals: '普通' },
    { not: { fact: 'coerciveMeasureTaken', equals: true } },
    {
      any: [
        { fact: 'hearingHeld', equals: true },
        { fact: 'caseClosed', equals: true },
      ],
    },
  ),
  { nil: undefined },
);

/** An item without its code (codes are assigned afterwards so they are unique). */
const itemArb: fc.Arbitrary<Omit<StandardItemInput, 'code'>> = fc
  .record({
    mode: fc.constantFrom('deduct', 'per_occurrence', 'range', 'award', 'bonus', 'veto_only'),
    points: halfPoints(1, 20),
    appliesWhen: conditionArb,
    veto: fc.option(fc.constantFrom('zero_total', 'grade_fail', 'cap_below_excellent'), { nil: undefined }),
    allowNa: fc.boolean(),
    optionSeeds: fc.array(
      fc.record({ frac: fc.double({ min: 0.05, max: 1, noNaN: true }), per: fc.boolean() }),
      { minLength: 1, maxLength: 3 },
    ),
    rangeA: fc.double({ min: 0, max: 1, noNaN: true }),
    rangeB: fc.double({ min: 0.1, max: 1, noNaN: true }),
  })
  .map((r): Omit<StandardItemInput, 'code'> => {
    const base = { title: `项目-${r.mode}`, appliesWhen: r.appliesWhen, allowNa: r.allowNa };
    const optionPoints = (frac: number): number => Math.max(0.5, Math.floor(r.points * frac * 2) / 2);
    switch (r.mode) {
      case 'veto_only':
        return { ...base, points: 0, veto: r.veto ?? 'zero_total' };
      case 'deduct':
        return {
          ...base,
          points: r.points,
          mode: 'deduct',
          veto: r.veto,
          options: r.optionSeeds.map((o, i) => ({
            id: `o${i}`,
            text: `选项${i}`,
            points: optionPoints(o.frac),
            perOccurrence: o.per,
          })),
        };
      case 'per_occurrence':
        return {
          ...base,
          points: r.points,
          mode: 'per_occurrence',
          veto: r.veto,
          step: optionPoints(r.rangeA || 0.1),
        };
      case 'range': {
        const hi = Math.max(0.5, Math.floor(r.points * r.rangeB * 2) / 2);
        return {
          ...base,
          points: r.points,
          mode: 'range',
          veto: r.veto,
          range: { min: Math.floor(hi * r.rangeA * 2) / 2, max: hi },
        };
      }
      case 'award':
        return {
          ...base,
          points: r.points,
          mode: 'award',
          veto: r.veto,
          options:
            r.rangeA < 0.5
              ? []
              : r.optionSeeds.map((o, i) => ({
                  id: `o${i}`,
                  text: `得分${i}`,
                  points: optionPoints(o.frac),
                })),
        };
      default:
        return { ...base, points: r.points, mode: 'bonus' };
    }
  });

type SectionShape = {
  items: Array<Omit<StandardItemInput, 'code'>>;
  sub: Array<Array<Omit<StandardItemInput, 'code'>>>;
};
const sectionShapeArb: fc.Arbitrary<SectionShape> = fc.record({
  items: fc.array(itemArb, { minLength: 1, maxLength: 4 }),
  sub: fc.array(fc.array(itemArb, { minLength: 1, maxLength: 3 }), { maxLength: 1 }),
});

function build(shapes: SectionShape[], prefix: string, counter: { n: number }): StandardSectionInput[] {
  return shapes.map((shape, si) => ({
    code: `${prefix}${si}`,
    title: `章节${prefix}${si}`,
    items: shape.items.map((it) => ({ ...it, code: `I${counter.n++}` })),
    sections: shape.sub.map((items, k) => ({
      code: `${prefix}${si}-${k}`,
      title: '小节',
      items: items.map((it) => ({ ...it, code: `I${counter.n++}` })),
    })),
  }));
}

const scoredSum = (sections: StandardSectionInput[]): number =>
  sections.reduce(
    (acc, s) =>
      acc +
      (s.items ?? []).reduce((a, i) => a + (i.mode === 'bonus' ? 0 : i.points), 0) +
      scoredSum(s.sections ?? []),
    0,
  );

/** Random valid standards of both formula kinds. */
export const standardArb: fc.Arbitrary<StandardInput> = fc
  .record({
    kind: fc.constantFrom('sum_100', 'legality_gate_plus_normativity'),
    naPolicy: fc.constantFrom('renormalise', 'full_marks'),
    threeTier: fc.boolean(),
    shapes: fc.array(sectionShapeArb, { minLength: 1, maxLength: 3 }),
    formShapes: fc.array(sectionShapeArb, { maxLength: 1 }),
    legalityVetoes: fc.array(fc.constantFrom('zero_total', 'grade_fail', 'cap_below_excellent'), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map((r) => {
    const counter = { n: 0 };
    const grading = r.threeTier
      ? {
          bands: [
            { label: '优秀', min: 90, pass: true },
            { label: '合格', min: 60, pass: true },
            { label: '不合格', min: 0, pass: false },
          ],
        }
      : undefined;
    const head = {
      code: 'RND',
      name: '随机标准',
      version: '1',
      issuer: '测试',
      sourceNote: '性质测试',
      actTypes: ['行政处罚' as const],
      naPolicy: r.naPolicy,
      grading,
    };
    if (r.kind === 'sum_100') {
      const sections = build(r.shapes, 'S', counter);
      return {
        ...head,
        formula: { kind: 'sum_100' as const, fullScore: Math.max(scoredSum(sections), 0.5) },
        sections,
      };
    }
    const legality: StandardSectionInput = {
      code: 'L',
      title: '合法性',
      items: r.legalityVetoes.map((veto) => ({
        code: `I${counter.n++}`,
        title: '合法性项目',
        points: 0,
        veto,
      })),
    };
    const noAward = (s: SectionShape): SectionShape => {
      const fix = (it: Omit<StandardItemInput, 'code'>) =>
        it.mode === 'award' || it.mode === 'bonus'
          ? {
              ...it,
              mode: 'deduct' as const,
              options: [{ id: 'f', text: '扣分', points: Math.min(1, it.points) }],
            }
          : it;
      return { items: s.items.map(fix), sub: s.sub.map((items) => items.map(fix)) };
    };
    const form = build(r.formShapes.map(noAward), 'F', counter);
    const norm = build(r.shapes, 'N', counter);
    return {
      ...head,
      formula: {
        kind: 'legality_gate_plus_normativity' as const,
        legalitySections: ['L'],
        formSections: form.map((s) => s.code),
        normativitySections: norm.map((s) => s.code),
      },
      sections: [legality, ...form, ...norm],
    };
  })
  // A sum_100 standard made only of bonus/veto items has nothing to score.
  .filter((s) => s.formula.kind !== 'sum_100' || scoredSum(s.sections) > 0);

export const factsArb: fc.Arbitrary<CaseFacts> = fc.record(
  {
    hearingHeld: fc.boolean(),
    procedure: fc.constantFrom('简易' as const, '普通' as const),
    coerciveMeasureTaken: fc.boolean(),
    caseClosed: fc.boolean(),
  },
  { requiredKeys: [] },
);

function resultArb(item: StandardItem): fc.Arbitrary<ItemResult> {
  const itemCode = item.code;
  const choices: Array<fc.Arbitrary<ItemResult>> = [fc.constant({ itemCode, status: 'ok' })];
  if (item.allowNa) choices.push(fc.constant({ itemCode, status: 'na' }));
  if (item.veto !== undefined) choices.push(fc.constant({ itemCode, status: 'veto', reason: '否决' }));
  const frac = fc.integer({ min: 0, max: 100 }).map((k) => k / 100);
  switch (item.mode) {
    case 'deduct':
      if (item.options.length > 0) {
        choices.push(
          fc
            .record({
              ids: fc.subarray(
                item.options.map((o) => o.id),
                { minLength: 1 },
              ),
              n: fc.integer({ min: 1, max: 40 }),
            })
            .map(({ ids, n }) => ({
              itemCode,
              status: 'deduct' as const,
              optionIds: ids,
              occurrences: Object.fromEntries(ids.map((id) => [id, n])),
            })),
        );
      }
      break;
    case 'per_occurrence':
      choices.push(
        fc.integer({ min: 1, max: 60 }).map((n) => ({ itemCode, status: 'deduct' as const, occurrences: n })),
      );
      break;
    case 'range': {
      const { min, max } = item.range ?? { min: 0, max: 0 };
      choices.push(
        frac.map((f) => ({
          itemCode,
          status: 'deduct' as const,
          rangeValue: min + (max - min) * f,
          reason: '理由',
        })),
      );
      break;
    }
    case 'award':
      if (item.options.length > 0)
        choices.push(
          fc
            .subarray(item.options.map((o) => o.id))
            .map((ids) => ({ itemCode, status: 'deduct' as const, optionIds: ids })),
        );
      else
        choices.push(frac.map((f) => ({ itemCode, status: 'deduct' as const, rangeValue: item.points * f })));
      break;
    case 'bonus':
      choices.push(frac.map((f) => ({ itemCode, status: 'deduct' as const, rangeValue: item.points * f })));
      break;
  }
  return fc.oneof(...choices);
}

/** Valid results for a random subset of the standard's items. */
export function resultsArb(standard: Standard): fc.Arbitrary<ItemResult[]> {
  const items = listItems(standard).map((l) => l.item);
  return fc
    .tuple(...items.map((it) => fc.option(resultArb(it), { nil: undefined })))
    .map((rs) => rs.filter((r): r is ItemResult => r !== undefined));
}
