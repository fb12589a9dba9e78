import type { ItemFinding, ReviewView } from '../../../preload/contract/methods/reviews';
import { listItems } from '../../../preload/contract/model/standard/walk';
import { apiCalls, type TestApi } from '../reviews/review-api-helpers';

export interface ScoredCase {
  caseId: string;
  view: ReviewView;
}

/**
 * Creates a 行政处罚 case and a submitted review against the built-in penalty
 * standard: the first `deductions` deduct-mode items get their first option
 * (with long notes to exercise wrapping), every other item is ok.
 */
export async function scoredCase(
  api: () => TestApi,
  opts: { name?: string; agency?: string; caseNumber?: string; deductions?: number; note?: string } = {},
): Promise<ScoredCase> {
  const { call } = apiCalls(api);
  await call('reviewer.set', { identity: { name: '王评查', unit: '市司法局', role: '评查员' } });
  const { record } = await call('cases.create', {
    record: {
      name: opts.name ?? '张某某占道经营案',
      caseNumber: opts.caseNumber ?? '城管罚决字〔2024〕第18号',
      agency: opts.agency ?? '某市城市管理综合执法局',
      actType: '行政处罚',
      procedure: '普通',
      party: { name: '张某某', kind: '自然人', idNumber: '420102199001011234' },
      dates: { filed: '2024-03-01', decided: '2024-04-10', served: '2024-04-12', closed: '2024-05-20' },
      officers: [
        { name: '李明', certificateNumber: '42010001' },
        { name: '赵强', certificateNumber: '42010002' },
      ],
      penalty: { types: ['罚款'], amount: 2000 },
    },
  });
  const standards = await call('standards.list', {});
  const penalty = standards.find((s) => s.code === 'PC-XZCF-YB')!;
  let view = await call('reviews.openOrCreate', { caseId: record.id, standardVersionId: penalty.id });
  let left = opts.deductions ?? 3;
  for (const { item } of listItems(view.standard)) {
    let finding: ItemFinding = { status: 'ok' };
    if (left > 0 && item.mode === 'deduct' && item.options.length > 0) {
      const option = item.options[0]!;
      finding = {
        status: 'deduct',
        optionIds: [option.id],
        ...(option.perOccurrence ? { occurrences: { [option.id]: 2 } } : {}),
        note: opts.note ?? `${item.title}存在问题，详见卷内第 3 页。`,
      };
      left -= 1;
    } else if (left > 0 && item.mode === 'per_occurrence') {
      finding = { status: 'deduct', occurrences: 1, note: `${item.title}一处不规范。` };
      left -= 1;
    } else if (left > 0 && item.mode === 'range' && item.range) {
      const value = item.range.min > 0 ? item.range.min : item.range.max / 2;
      finding = { status: 'deduct', rangeValue: value, reason: `${item.title}部分缺失。` };
      left -= 1;
    }
    await call('reviews.setItem', { id: view.review.id, itemCode: item.code, finding });
  }
  view = await call('reviews.submit', { id: view.review.id });
  return { caseId: record.id, view };
}
