import { sql } from 'kysely';
import { scoreReview } from '../../main/services/standards/scoring/score-review';
import type { ItemResult } from '../../main/services/standards/scoring/item-result';
import { validateStandard } from '../../main/services/standards/model/validate-standard';
import type { Standard } from '../../preload/contract/model/standard/standard';
import { openTestApi } from '../../tests/helpers/open-test-api';
import { measure, type BenchSuite } from '../harness';

const REVIEWS = 10_000;

/** A valid sum_100 standard with 150 items in 10 sections, modes mixed like real sheets. */
function bigStandard(): Standard {
  const sections = Array.from({ length: 10 }, (_, s) => ({
    code: `S${s + 1}`,
    title: `第${s + 1}部分`,
    items: Array.from({ length: 15 }, (_, i) => {
      const n = s * 15 + i;
      const points = n < 100 ? 0.5 : 1; // 100 × 0.5 + 50 × 1 = 100
      const code = `${s + 1}.${i + 1}`;
      if (n % 5 === 1) return { code, title: `按次扣分${n}`, points, mode: 'per_occurrence', step: 0.25 };
      if (n % 5 === 2)
        return { code, title: `区间扣分${n}`, points, mode: 'range', range: { min: 0.1, max: points } };
      return {
        code,
        title: `评查项目${n}`,
        points,
        options: [
          { id: 'a', text: '缺少要素', points: points / 2 },
          { id: 'b', text: '每处涂改', points: 0.1, perOccurrence: true },
        ],
        ...(n % 7 === 0 ? { appliesWhen: { fact: 'hearingHeld', equals: true } } : {}),
        ...(n % 11 === 0 ? { veto: 'cap_below_excellent' } : {}),
      };
    }),
  }));
  const result = validateStandard({
    code: 'BENCH-150',
    name: '基准测试标准',
    version: '1',
    issuer: '基准',
    sourceNote: '合成数据',
    actTypes: ['行政处罚'],
    formula: { kind: 'sum_100', fullScore: 100 },
    sections,
  });
  if (!result.ok) throw new Error(`bench standard invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.value;
}

function resultsFor(standard: Standard): ItemResult[] {
  return standard.sections.flatMap((s) =>
    s.items.map((item, i): ItemResult => {
      if (i % 4 !== 0) return { itemCode: item.code, status: 'ok' };
      if (item.mode === 'per_occurrence') return { itemCode: item.code, status: 'deduct', occurrences: 2 };
      if (item.mode === 'range')
        return { itemCode: item.code, status: 'deduct', rangeValue: item.range!.min, reason: '理由' };
      return { itemCode: item.code, status: 'deduct', optionIds: ['a', 'b'], occurrences: { b: 3 } };
    }),
  );
}

/** Full recomputation of a 150-item standard; one item autosave with 10,000 reviews stored. */
export const scoringBench: BenchSuite = {
  name: 'Scoring and review autosave (standards & reviews)',
  async run() {
    const standard = bigStandard();
    const results = resultsFor(standard);
    const points = standard.sections.flatMap((s) => s.items.map((i) => i.points));
    let sink = 0;
    const engine = await measure(() => scoreReview(standard, { actType: '行政处罚' }, results), {
      iterations: 500,
      warmup: 50,
    });
    const plain = await measure(
      () => {
        let total = 0;
        for (const p of points) total += p;
        sink += total;
      },
      { iterations: 500, warmup: 50 },
    );
    if (sink < 0) throw new Error('unreachable');

    const api = await openTestApi();
    try {
      const call = async (method: string, args: unknown) => {
        const r = await api.router.dispatch(method, args, { transport: 'test' });
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
        return r.value as Record<string, unknown>;
      };
      await call('reviewer.set', { identity: { name: '基准', unit: '', role: '' } });
      const list = (await call('standards.list', {})) as unknown as Array<{
        id: string;
        code: string;
        contentHash: string;
      }>;
      const penalty = list.find((s) => s.code === 'PC-XZCF-YB')!;
      const db = api.runtime.db();
      await db.transaction().execute(async (trx) => {
        for (let start = 0; start < REVIEWS; start += 500) {
          const cases = Array.from(
            { length: 500 },
            (_, k) => sql`(${`c${start + k}`}, ${`案${start + k}`}, ${'行政处罚'})`,
          );
          await sql`insert into cases (id, name, act_type) values ${sql.join(cases)}`.execute(trx);
          const reviews = Array.from(
            { length: 500 },
            (_, k) =>
              sql`(${`r${start + k}`}, ${`c${start + k}`}, ${penalty.id}, ${penalty.contentHash}, ${'基准'}, ${(start + k) % 3 === 0 ? 'submitted' : 'draft'})`,
          );
          await sql`insert into reviews (id, case_id, standard_version_id, standard_hash, reviewer_name, status) values ${sql.join(reviews)}`.execute(
            trx,
          );
          const items = Array.from({ length: 500 }, (_, k) =>
            ['0.1', '1.1', '1.2', '2.1', '3.1'].map(
              (code) => sql`(${`r${start + k}`}, ${code}, ${'{"status":"ok"}'})`,
            ),
          ).flat();
          await sql`insert into review_items (review_id, item_code, result) values ${sql.join(items)}`.execute(
            trx,
          );
        }
      });
      const { record } = (await call('cases.create', {
        record: { name: '基准案卷', actType: '行政处罚' },
      })) as { record: { id: string } };
      const view = (await call('reviews.openOrCreate', {
        caseId: record.id,
        standardVersionId: penalty.id,
      })) as { review: { id: string } };
      let n = 0;
      const save = await measure(
        () =>
          call('reviews.setItem', {
            id: view.review.id,
            itemCode: '1.1',
            // Alternate the value so every save really writes (and logs history).
            finding:
              n++ % 2 === 0 ? { status: 'deduct', optionIds: ['b'] } : { status: 'ok', note: `第${n}次` },
          }),
        { iterations: 300, warmup: 20 },
      );
      return [
        {
          name: 'scoreReview: full recomputation, 150 items',
          ours: engine,
          reference: { name: 'plain sum loop over item points', timing: plain },
          target: '≤ 5 ms',
          met: engine.p95 <= 5,
        },
        {
          name: `reviews.setItem through the router incl. DB write (${REVIEWS.toLocaleString('en')} reviews stored)`,
          ours: save,
          target: 'p95 ≤ 20 ms',
          met: save.p95 <= 20,
        },
      ];
    } finally {
      await api.dispose();
    }
  },
};
