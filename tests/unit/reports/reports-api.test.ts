import { existsSync, readdirSync } from 'node:fs';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { handleAppRoute } from '../../../main/host/app-routes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpinionBatchResult } from '../../../preload/contract/methods/reports';
import { openTestApi } from '../../helpers/open-test-api';
import { apiCalls, type TestApi } from '../reviews/review-api-helpers';
import { pdfPageTexts } from './pdf-inspect';
import { scoredCase, type ScoredCase } from './report-fixture';

let api: TestApi;
let cases: ScoredCase[];
const { call, callError } = apiCalls(() => api);

const zipNames = (bytes: Buffer) =>
  new Promise<string[]>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('zip'));
      const names: string[] = [];
      zip.on('entry', (e: { fileName: string }) => {
        names.push(e.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.readEntry();
    }),
  );

beforeAll(async () => {
  api = await openTestApi();
  cases = [
    await scoredCase(() => api, { name: '甲案', caseNumber: '罚〔2024〕1号' }),
    // Same case number and name as the next one: the batch must not overwrite.
    await scoredCase(() => api, { name: '乙案', caseNumber: '罚/2024/2号' }),
    await scoredCase(() => api, { name: '乙案', caseNumber: '罚/2024/2号' }),
  ];
}, 120_000);
afterAll(() => api.dispose());

describe('reports API', () => {
  it('reports.opinion returns the PDF with a Windows-safe name and the review hash', async () => {
    const r = await call('reports.opinion', {
      caseId: cases[0]!.caseId,
      options: { documentNumber: '评〔2024〕1号' },
    });
    expect(r.fileName).toBe('罚〔2024〕1号_甲案_评查意见书.pdf');
    expect(r.mimeType).toBe('application/pdf');
    expect(r.reviewId).toBe(cases[0]!.view.review.id);
    const texts = await pdfPageTexts(Buffer.from(r.base64, 'base64'));
    expect(texts.join('')).toContain(r.contentHash);
    expect(texts.join('')).toContain('评〔2024〕1号');
    // The same bytes are served to the preview by id on the UI origin, and nothing else is.
    const route = (pathname: string) =>
      handleAppRoute(api.services, {
        method: 'GET',
        pathname,
        searchParams: new URLSearchParams(),
        range: undefined,
        body: () => Readable.from([]),
      });
    const served = await route(`/reports-download/${r.downloadId}`);
    expect(served?.status).toBe(200);
    expect(served?.headers['Content-Type']).toBe('application/pdf');
    expect(Number(served?.headers['Content-Length'])).toBe(r.byteLength);
    expect((await route('/reports-download/..%2Fpingcha.sqlite'))?.status).toBe(404);
  });

  it('refuses unknown cases and foreign review ids with clear errors', async () => {
    expect((await callError('reports.opinion', { caseId: 'nope', options: {} })).code).toBe('E_NOT_FOUND');
    const foreign = await callError('reports.opinion', {
      caseId: cases[0]!.caseId,
      options: { reviewId: cases[1]!.view.review.id },
    });
    expect(foreign.code).toBe('E_INVALID_ARGS');
    expect(foreign.message).toContain('不属于');
    expect((await callError('reports.readOutput', { outputId: '../../etc' })).code).toBe('E_INVALID_ARGS');
  });

  it('reports.summary by filter gives PDF and XLSX; summaryData numbers equal the reviews', async () => {
    const data = await call('reports.summaryData', { scope: { filter: { text: '乙案' } } });
    expect(data.rows.map((r) => r.total)).toEqual([cases[1]!.view.report.total, cases[2]!.view.report.total]);
    const pdf = await call('reports.summary', {
      scope: { caseIds: cases.map((c) => c.caseId) },
      format: 'pdf',
    });
    expect(pdf.fileName).toBe('行政执法案卷评查结果汇总表.pdf');
    expect(pdf.rows).toBe(3);
    const xlsx = await call('reports.summary', {
      scope: {},
      format: 'xlsx',
      text: { title: '2024 年第一批' },
    });
    expect(xlsx.fileName).toBe('2024 年第一批.xlsx');
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(
      (await callError('reports.summary', { scope: { filter: { text: '不存在的案卷' } }, format: 'pdf' }))
        .code,
    ).toBe('E_NOT_FOUND');
  });

  it('reports.exportOpinions writes one PDF per dossier, never overwriting, and a ZIP to download', async () => {
    const started = await call('reports.exportOpinions', { caseIds: cases.map((c) => c.caseId) });
    const done = await api.services.tasks.wait(started.id);
    expect(done.status).toBe('done');
    expect(done.done).toBe(3);
    const result = done.result as OpinionBatchResult;
    expect(result.failed).toEqual([]);
    expect(result.files.map((f) => f.fileName)).toEqual([
      '罚〔2024〕1号_甲案_评查意见书.pdf',
      '罚_2024_2号_乙案_评查意见书.pdf',
      '罚_2024_2号_乙案_评查意见书 (2).pdf',
    ]);
    expect(readdirSync(result.folder).sort()).toEqual(result.files.map((f) => f.fileName).sort());
    const zip = await call('reports.readOutput', { outputId: result.outputId });
    expect((await zipNames(Buffer.from(zip.base64, 'base64'))).sort()).toEqual(
      result.files.map((f) => f.fileName).sort(),
    );
  });

  it('a batch reports failures per dossier and can be cancelled', async () => {
    const { record } = await call('cases.create', { record: { name: '未评查案' } });
    const started = await call('reports.exportOpinions', { caseIds: [record.id, cases[0]!.caseId] });
    const done = await api.services.tasks.wait(started.id);
    const result = done.result as OpinionBatchResult;
    expect(result.files).toHaveLength(1);
    expect(result.failed[0]).toMatchObject({ caseId: record.id, name: '未评查案' });
    expect(done.log.find((l) => l.level === 'error')?.text).toContain('还没有已提交的评查');

    const many = Array.from({ length: 40 }, (_, i) => cases[i % 3]!.caseId);
    const big = await call('reports.exportOpinions', { caseIds: [...many, ...cases.map((c) => c.caseId)] });
    await call('tasks.cancel', { id: big.id });
    const cancelled = await api.services.tasks.wait(big.id);
    expect(cancelled.status).toBe('cancelled');
    const partial = cancelled.result as OpinionBatchResult;
    expect(existsSync(partial.folder)).toBe(true);
  });
});
