import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewSummary, ReviewView } from '../../../preload/contract/methods/reviews';
import type { EvidenceCitation } from '../../../main/services/reports/evidence-citations-adapter';
import { loadReportFont } from '../../../main/services/reports/layout/report-font';
import { buildOpinionData } from '../../../main/services/reports/opinion-data';
import { renderOpinionPdf } from '../../../main/services/reports/opinion-pdf';
import { selectReportReview } from '../../../main/services/reports/select-report-review';
import { openTestApi } from '../../helpers/open-test-api';
import type { TestApi } from '../reviews/review-api-helpers';
import { pdfPageTexts, squash } from './pdf-inspect';
import { scoredCase, type ScoredCase } from './report-fixture';

let api: TestApi;
let scored: ScoredCase;
beforeAll(async () => {
  api = await openTestApi();
  scored = await scoredCase(() => api, { deductions: 2 });
}, 60_000);
afterAll(() => api.dispose());

const citation = (over: Partial<EvidenceCitation>): EvidenceCitation => ({
  annotationId: 'a1',
  itemCodes: [],
  ruleIds: [],
  documentId: 'd1',
  documentTitle: '行政处罚决定书',
  pageIndex: 1,
  quote: '罚款人民币贰仟元',
  comment: '',
  author: '王评查',
  category: '问题',
  orphaned: false,
  ...over,
});

describe('evidence citations in the 评查意见书', () => {
  it('prints annotation citations under the items they are linked to, 1-based pages, orphans flagged', async () => {
    const [first, second] = scored.view.report.items.filter((i) => i.deduction > 0);
    const sources = {
      ...api.services.reports.sources,
      citations: () =>
        Promise.resolve([
          citation({ itemCodes: [first!.itemCode] }),
          citation({ annotationId: 'a2', itemCodes: [second!.itemCode], pageIndex: null, orphaned: true }),
          citation({ annotationId: 'a3', itemCodes: ['no-such-item'], quote: '不应出现' }),
        ]),
    };
    const data = await buildOpinionData(sources, scored.caseId);
    expect(data.deductions.find((d) => d.itemCode === first!.itemCode)!.citations).toEqual([
      '行政处罚决定书 第 2 页 “罚款人民币贰仟元”',
    ]);
    expect(data.deductions.find((d) => d.itemCode === second!.itemCode)!.citations).toEqual([
      '行政处罚决定书 “罚款人民币贰仟元”（原位置已失效）',
    ]);
    const text = (
      await pdfPageTexts(await renderOpinionPdf(data, loadReportFont(api.runtime.resourcesDir)))
    ).join('');
    expect(text).toContain(squash('证据：行政处罚决定书 第 2 页 “罚款人民币贰仟元”'));
    expect(text).not.toContain('不应出现');
  });
});

describe('selectReportReview', () => {
  const summary = (id: string, status: 'draft' | 'submitted', submittedAt: string | null) =>
    ({ id, caseId: 'c', status, submittedAt }) as ReviewSummary;
  const reader = (list: ReviewSummary[]) => ({
    listForCase: () => Promise.resolve(list),
    get: (id: string) =>
      Promise.resolve({ review: list.find((r) => r.id === id) ?? summary(id, 'draft', null) } as ReviewView),
  });

  it('takes the latest submitted review, ignoring drafts', async () => {
    const r = reader([
      summary('old', 'submitted', '2024-05-01T00:00:00Z'),
      summary('draft', 'draft', null),
      summary('new', 'submitted', '2024-06-01T00:00:00Z'),
    ]);
    expect((await selectReportReview(r, 'c')).review.id).toBe('new');
  });

  it('honours an explicit review id (drafts allowed) and refuses one of another case', async () => {
    const r = reader([summary('draft', 'draft', null)]);
    expect((await selectReportReview(r, 'c', 'draft')).review.id).toBe('draft');
    await expect(selectReportReview(r, 'other', 'draft')).rejects.toMatchObject({ code: 'E_INVALID_ARGS' });
  });

  it('refuses a case without a submitted review', async () => {
    await expect(selectReportReview(reader([summary('d', 'draft', null)]), 'c')).rejects.toMatchObject({
      code: 'E_CONFLICT',
      message: expect.stringContaining('还没有已提交的评查'),
    });
  });
});
