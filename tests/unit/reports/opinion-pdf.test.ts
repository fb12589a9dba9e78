import { caseInputSchema } from '../../../preload/contract/methods/cases';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportFont } from '../../../main/services/reports/layout/report-font';
import { noAnnotationCitations } from '../../../main/services/reports/evidence-citations-adapter';
import { buildOpinionData, type ReportSources } from '../../../main/services/reports/opinion-data';
import { OPINION_TITLE, renderOpinionPdf } from '../../../main/services/reports/opinion-pdf';
import { openTestApi } from '../../helpers/open-test-api';
import type { TestApi } from '../reviews/review-api-helpers';
import { embeddedFonts, inkRatio, pdfPageTexts, renderFirstPage, squash } from './pdf-inspect';
import { scoredCase, type ScoredCase } from './report-fixture';

let api: TestApi;
let scored: ScoredCase;
let bytes: Uint8Array;
let texts: string[];

const sourcesOf = (a: TestApi): ReportSources => ({
  db: () => a.runtime.db(),
  getCase: (id) => a.services.cases.get(id),
  reviews: a.services.reviews,
  runChecks: (id) => a.services.caseChecks.run(id),
  citations: noAnnotationCitations,
});

beforeAll(async () => {
  api = await openTestApi();
  scored = await scoredCase(() => api, { deductions: 4 });
  const data = await buildOpinionData(sourcesOf(api), scored.caseId, { documentNumber: '评查〔2024〕7号' });
  bytes = await renderOpinionPdf(data, loadReportFont(api.runtime.resourcesDir));
  texts = await pdfPageTexts(bytes);
}, 60_000);
afterAll(() => api.dispose());

describe('评查意见书 PDF', () => {
  it('has numbered pages and extractable Chinese text with the engine numbers', () => {
    const all = texts.join('');
    const report = scored.view.report;
    expect(texts.length).toBeGreaterThanOrEqual(2);
    texts.forEach((t, i) => expect(t).toContain(`第${i + 1}页共${texts.length}页`));
    expect(texts[0]).toContain(OPINION_TITLE);
    expect(all).toContain(
      squash(`总分 ${report.total} 分（满分 ${report.maxTotal} 分），评定等次：${report.grade.label}`),
    );
    expect(all).toContain('评查〔2024〕7号');
    expect(all).toContain('城管罚决字〔2024〕第18号');
    // The party's ID number is masked by default.
    expect(all).toContain('420102********1234');
    expect(all).not.toContain('420102199001011234');
    for (const s of report.sections) expect(all).toContain(squash(`${s.code}`));
    const deducted = report.items.filter((i) => i.deduction > 0);
    expect(deducted).toHaveLength(4);
    for (const item of deducted) expect(all).toContain(squash(`${item.itemCode} ${item.title}`));
    for (const heading of ['五、三项制度落实情况', '六、主要问题', '七、整改要求', '八、评查人员'])
      expect(all).toContain(heading);
  });

  it('prints the review data hash in every footer', async () => {
    const data = await buildOpinionData(sourcesOf(api), scored.caseId);
    expect(data.contentHash).toMatch(/^[0-9a-f]{64}$/);
    for (const t of texts) expect(t).toContain(data.contentHash);
  });

  it('embeds only subset fonts with their TrueType programs', async () => {
    const fonts = await embeddedFonts(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.name).toMatch(/^[A-Z]{6}\+/);
      expect(f.hasFontFile2).toBe(true);
    }
    expect(bytes.byteLength).toBeLessThan(150_000);
  });

  it('renders glyphs in the title and table areas with system fonts hidden', () => {
    const img = renderFirstPage(bytes);
    // Title: centred, 20 pt, just below the 60 pt top margin.
    expect(inkRatio(img, { x: 150, top: 62, width: 295, height: 22 })).toBeGreaterThan(0.03);
    // First column of the header table (文书编号, 评查活动, 评查标准) is text on a light fill.
    expect(inkRatio(img, { x: 60, top: 95, width: 80, height: 60 })).toBeGreaterThan(0.02);
    // Blank margin stays blank.
    expect(inkRatio(img, { x: 5, top: 5, width: 40, height: 40 })).toBe(0);
  });

  it('refuses a case without a submitted review in Chinese', async () => {
    const { record } = await api.services.cases.create(caseInputSchema.parse({ name: '未评查案' }));
    await expect(buildOpinionData(sourcesOf(api), record.id)).rejects.toMatchObject({ code: 'E_CONFLICT' });
  });
});
