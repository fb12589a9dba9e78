import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArgsOf, MethodName, ResultOf, TaskState } from '../../../preload/contract';
import { handleAppRoute } from '../../../main/host/app-routes';
import { startWebHost, type WebHost } from '../../../main/web/web-host';
import { buildCjkPdf } from '../../helpers/build-cjk-pdf';
import { openTestApi } from '../../helpers/open-test-api';
import { rawRequest } from '../../helpers/raw-http';
import { makeTempDir } from '../../helpers/temp-dir';
import { buildCfb } from '../documents/fixtures/build-cfb';
import { buildDocx } from '../documents/fixtures/build-zip';

let api: Awaited<ReturnType<typeof openTestApi>>;
let host: WebHost;
const site = makeTempDir('pingcha-site-');

beforeAll(async () => {
  api = await openTestApi();
  host = await startWebHost({
    router: api.router,
    rendererDir: site.dir,
    appRoutes: (req) => handleAppRoute(api.services, req),
  });
});
afterAll(async () => {
  await host.close();
  await api.dispose();
  site.cleanup();
});

const auth = () => ({ Authorization: `Bearer ${host.token}` });

async function call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const result = await api.router.dispatch(method, args, { transport: 'test' });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ResultOf<M>;
}

const upload = (batchId: string, path: string, body: Buffer) =>
  rawRequest(host.port, {
    method: 'POST',
    path: `/upload?batch=${batchId}&path=${encodeURIComponent(path)}`,
    headers: { ...auth(), 'Content-Type': 'application/octet-stream' },
    body,
  });

async function importBatch(
  files: Record<string, Buffer>,
  mode: 'files' | 'folder' | 'manifest',
  caseId?: string,
): Promise<TaskState> {
  const { batchId } = await call('imports.newBatch', {});
  for (const [path, body] of Object.entries(files)) {
    const res = await upload(batchId, path, body);
    expect(res.status, `${path}: ${res.body}`).toBe(200);
  }
  const started = await call('imports.start', { batchId, mode, ...(caseId ? { caseId } : {}) });
  const done = await api.services.tasks.wait(started.id);
  expect(readdirSync(join(api.dataDir, 'staging'))).not.toContain(batchId);
  return done;
}

describe('folder import through uploads', () => {
  let caseId = '';
  let pdfId = '';

  let filingPdf: Buffer;

  beforeAll(async () => {
    filingPdf = await buildCjkPdf(['立案审批表\n案由：占道经营'], '立案审批表');
    const task = await importBatch(
      {
        '张某某占道经营案/10-处罚决定书.docx': await buildDocx(
          [{ text: '行政处罚决定书' }, { text: '决定对当事人罚款人民币贰仟元整。' }],
          [
            {
              name: 'docProps/core.xml',
              data: '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:creator>城管执法大队</dc:creator><dcterms:created>2024-09-10T02:00:00Z</dcterms:created></cp:coreProperties>',
            },
          ],
        ),
        '张某某占道经营案/1-立案审批表.pdf': filingPdf,
        '张某某占道经营案/2-询问笔录.pdf': await buildCjkPdf([
          '询问笔录\n询问时间：2024年9月1日',
          '第二页\n当事人表示放弃听证',
          '第三页\n以上笔录属实',
        ]),
        '张某某占道经营案/旧版文书.doc': buildCfb(['WordDocument', '1Table']),
        '张某某占道经营案/.DS_Store': Buffer.from('junk'),
      },
      'folder',
    );
    expect(task.status).toBe('done');
    const summary = task.result as {
      cases: {
        caseId: string;
        caseName: string;
        imported: number;
        failed: { fileName: string; reason: string }[];
      }[];
      skipped: string[];
    };
    expect(summary.cases).toHaveLength(1);
    caseId = summary.cases[0]!.caseId;
    expect(summary.cases[0]).toMatchObject({ caseName: '张某某占道经营案', imported: 3 });
    expect(summary.cases[0]!.failed).toHaveLength(1);
    expect(summary.cases[0]!.failed[0]!.reason).toMatch(/旧版文书\.doc/);
    expect(summary.skipped).toEqual(['张某某占道经营案/.DS_Store']);
    expect(task.done).toBe(4);
    expect(task.log.filter((l) => l.level === 'error')).toHaveLength(1);
  });

  it('lists the 卷内目录 in file-name order with dossier page numbers and types', async () => {
    const docs = await call('documents.list', { caseId });
    expect(docs.map((d) => d.fileName)).toEqual(['1-立案审批表.pdf', '2-询问笔录.pdf', '10-处罚决定书.docx']);
    expect(docs.map((d) => d.pages)).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 4 },
      { from: 5, to: 5 },
    ]);
    expect(docs.map((d) => d.docTypeLabel)).toEqual(['立案审批表', '询问（调查）笔录', '行政处罚决定书']);
    expect(docs[2]?.viewer).toBe('docx');
    // The files' own metadata, where present: the PDF's title, the DOCX's core properties.
    expect(docs[0]).toMatchObject({ title: '立案审批表' });
    expect(docs[2]).toMatchObject({
      title: null,
      author: '城管执法大队',
      created: '2024-09-10T02:00:00.000Z',
    });
    pdfId = docs[1]!.id;
  });

  it('serves document bytes by id, with ranges, only with the token', async () => {
    const whole = await rawRequest(host.port, { path: `/doc/${pdfId}`, headers: auth() });
    expect(whole.status).toBe(200);
    expect(whole.headers['content-type']).toBe('application/pdf');
    expect(whole.headers['content-security-policy']).toContain('sandbox');
    expect(whole.body.startsWith('%PDF-')).toBe(true);
    const part = await rawRequest(host.port, {
      path: `/doc/${pdfId}`,
      headers: { ...auth(), Range: 'bytes=0-3' },
    });
    expect(part.status).toBe(206);
    expect(part.body).toBe('%PDF');
    expect(part.headers['content-range']).toMatch(/^bytes 0-3\/\d+$/);
    expect(
      (
        await rawRequest(host.port, {
          path: `/doc/${pdfId}`,
          headers: { ...auth(), Range: 'bytes=999999999-' },
        })
      ).status,
    ).toBe(416);
    expect((await rawRequest(host.port, { path: `/doc/${pdfId}` })).status).toBe(401);
    expect((await rawRequest(host.port, { path: '/doc/NOPE', headers: auth() })).status).toBe(404);
    expect(
      (await rawRequest(host.port, { path: '/doc/..%2f..%2fpingcha.sqlite', headers: auth() })).status,
    ).toBe(404);
  });

  it('finds 2-character Chinese words on the right page, in the case and globally', async () => {
    const hits = (await call('search.query', { query: '听证', caseId })).hits;
    expect(hits.map((h) => [h.fileName, h.page])).toEqual([['2-询问笔录.pdf', 2]]);
    expect(
      hits[0]!.snippet.text.slice(hits[0]!.snippet.highlights[0]!.start, hits[0]!.snippet.highlights[0]!.end),
    ).toBe('听证');
    const global = (await call('search.query', { query: '罚款' })).hits;
    expect(global.map((h) => h.fileName)).toEqual(['10-处罚决定书.docx']);
    expect(global[0]?.caseName).toBe('张某某占道经营案');
    expect((await call('search.query', { query: '罚' })).hits.length).toBeGreaterThanOrEqual(1);
  });

  it('lets the reviewer correct a type and reorder, refusing incomplete orders', async () => {
    const docs = await call('documents.list', { caseId });
    const corrected = await call('documents.setType', { id: docs[0]!.id, docType: 'evidence' });
    expect(corrected).toMatchObject({ docTypeLabel: '证据材料', docTypeConfidence: 1 });
    const reordered = await call('documents.reorder', {
      caseId,
      orderedIds: [docs[2]!.id, docs[0]!.id, docs[1]!.id],
    });
    expect(reordered.map((d) => d.fileName)).toEqual([
      '10-处罚决定书.docx',
      '1-立案审批表.pdf',
      '2-询问笔录.pdf',
    ]);
    expect(reordered[1]!.pages).toEqual({ from: 2, to: 2 });
    const bad = await api.router.dispatch(
      'documents.reorder',
      { caseId, orderedIds: [docs[0]!.id] },
      { transport: 'test' },
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'E_INVALID_ARGS' } });
    const unknownType = await api.router.dispatch(
      'documents.setType',
      { id: docs[0]!.id, docType: 'nonsense' },
      { transport: 'test' },
    );
    expect(unknownType).toMatchObject({ ok: false, error: { code: 'E_INVALID_ARGS' } });
  });

  it('renders a DOCX as HTML for the viewer', async () => {
    const docx = (await call('documents.list', { caseId })).find((d) => d.viewer === 'docx')!;
    expect((await call('documents.html', { id: docx.id })).html).toContain('罚款人民币贰仟元整');
  });

  it('imports the same file into the case only once', async () => {
    // Same bytes under another name: content decides (pdf-lib output differs per run, so reuse the buffer).
    const task = await importBatch({ 'again.pdf': filingPdf }, 'files', caseId);
    expect(task.result).toMatchObject({ imported: 0, duplicates: 1 });
  });
});

describe('manifest import', () => {
  it('creates one case per valid row and names the sheet, row and column of each problem', async () => {
    const csv = [
      '文号,案件名称,执法机关,行为类型,程序,当事人,立案日期,决定日期,文件夹',
      '鄂环罚〔2024〕3号,甲公司超标排放案,随州市生态环境局,行政处罚,普通程序,甲公司,2024/3/1,2024年4月8日,案卷甲',
      '鄂环罚〔2024〕4号,乙公司案,随州市生态环境局,行政处罚,普通,乙公司,2024-02-30,,案卷乙',
      ',丙公司案,随州市生态环境局,行政处罚,普通,丙公司,,,案卷丙',
    ].join('\r\n');
    const task = await importBatch(
      {
        // Saved by Chinese Excel/WPS: GB18030, not UTF-8.
        '抽查/案卷清单.csv': iconv.encode(csv, 'gb18030'),
        '抽查/案卷甲/决定书.pdf': await buildCjkPdf(['行政处罚决定书\n罚款']),
        '抽查/案卷乙/笔录.pdf': await buildCjkPdf(['询问笔录']),
      },
      'manifest',
    );
    expect(task.status).toBe('done');
    const result = task.result as { cases: { caseName: string; imported: number }[]; problems: string[] };
    // Rows with a problem are not imported: 乙 (bad date) and 丙 (no folder) create no case.
    expect(result.cases.map((c) => [c.caseName, c.imported])).toEqual([['甲公司超标排放案', 1]]);
    expect((await call('cases.list', { filter: { text: '丙公司案' } })).rows).toEqual([]);
    expect(result.problems).toEqual([
      expect.stringMatching(/第 3 行「立案日期」列：不存在的日期（“2024-02-30”）/),
      expect.stringMatching(/第 4 行「文件夹」列：.*案卷丙/),
    ]);
    const created = await call('cases.list', { filter: { text: '甲公司超标排放案' } });
    expect(created.rows[0]).toMatchObject({
      caseNumber: '鄂环罚〔2024〕3号',
      procedure: '普通',
      decidedDate: '2024-04-08',
    });
  });
  it('reads an .xlsx manifest: Excel date cells, text dates, columns in any order, problems by sheet, row and column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('案卷清单');
    // Columns in another order than the csv above: headers are matched by name.
    sheet.addRow([
      '文件夹',
      '案件名称',
      '文号',
      '执法机关',
      '行为类型',
      '程序',
      '当事人',
      '立案日期',
      '决定日期',
      '标签',
    ]);
    const ding = sheet.addRow([
      '案卷丁',
      // WPS writes formatted text as rich text.
      { richText: [{ text: '丁公司' }, { font: { bold: true }, text: '无照经营案' }] },
      '鄂市监罚〔2024〕21号',
      '随州市市场监督管理局',
      '行政处罚',
      '普通程序',
      '丁公司',
      // What Excel itself stores for a date: a serial number (45352 = 2024-03-01) with a date format.
      45352,
      '2024年4月8日',
      '重点、食品',
    ]);
    ding.getCell(8).numFmt = 'yyyy"年"m"月"d"日"';
    const wu = sheet.addRow([
      '案卷戊',
      '戊商行查封案',
      '鄂市监强〔2024〕2号',
      '随州市市场监督管理局',
      '行政强制',
      '简易',
      '戊商行',
      new Date(Date.UTC(2024, 4, 6)),
      '2024.5.20',
      '',
    ]);
    wu.getCell(8).numFmt = 'yyyy/m/d';
    // Row 4: an act type that does not exist; its folder is there, but the row is not imported.
    sheet.addRow([
      '案卷己',
      '己公司案',
      '鄂市监罚〔2024〕22号',
      '随州市市场监督管理局',
      '行政罚款',
      '普通',
      '己公司',
    ]);
    // Row 5: a folder that is not beside the manifest.
    sheet.addRow([
      '案卷庚',
      '庚公司案',
      '鄂市监罚〔2024〕23号',
      '随州市市场监督管理局',
      '行政处罚',
      '普通',
      '庚公司',
    ]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());

    const task = await importBatch(
      {
        '清单目录/案卷清单.xlsx': xlsx,
        '清单目录/案卷丁/1-立案审批表.pdf': await buildCjkPdf(['立案审批表\n丁公司']),
        '清单目录/案卷丁/2-行政处罚决定书.pdf': await buildCjkPdf(['行政处罚决定书\n丁公司 罚款']),
        '清单目录/案卷戊/查封决定书.pdf': await buildCjkPdf(['查封决定书\n戊商行']),
        '清单目录/案卷己/笔录.pdf': await buildCjkPdf(['询问笔录\n己公司']),
      },
      'manifest',
    );
    expect(task.status).toBe('done');
    const result = task.result as {
      cases: { caseId: string; caseName: string; imported: number; failed: unknown[] }[];
      problems: string[];
    };
    expect(result.cases.map((c) => [c.caseName, c.imported, c.failed.length])).toEqual([
      ['丁公司无照经营案', 2, 0],
      ['戊商行查封案', 1, 0],
    ]);
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^工作表「案卷清单」第 4 行「行为类型」列：取值无效，可选：行政处罚、行政许可、.*（“行政罚款”）$/,
      ),
      expect.stringMatching(/^工作表「案卷清单」第 5 行「文件夹」列：.*案卷庚/),
    ]);
    for (const name of ['己公司案', '庚公司案'])
      expect((await call('cases.list', { filter: { text: name } })).rows).toEqual([]);

    const [dingCase, wuCase] = result.cases;
    expect(await call('cases.get', { id: dingCase!.caseId })).toMatchObject({
      caseNumber: '鄂市监罚〔2024〕21号',
      name: '丁公司无照经营案',
      agency: '随州市市场监督管理局',
      actType: '行政处罚',
      procedure: '普通',
      party: { name: '丁公司' },
      dates: { filed: '2024-03-01', decided: '2024-04-08', served: null, closed: null },
      tags: ['重点', '食品'],
      documentCount: 2,
    });
    expect(await call('cases.get', { id: wuCase!.caseId })).toMatchObject({
      caseNumber: '鄂市监强〔2024〕2号',
      actType: '行政强制',
      procedure: '简易',
      dates: { filed: '2024-05-06', decided: '2024-05-20' },
      tags: [],
      documentCount: 1,
    });
    expect((await call('documents.list', { caseId: dingCase!.caseId })).map((d) => d.fileName)).toEqual([
      '1-立案审批表.pdf',
      '2-行政处罚决定书.pdf',
    ]);
    expect((await call('documents.list', { caseId: wuCase!.caseId })).map((d) => d.fileName)).toEqual([
      '查封决定书.pdf',
    ]);
    // The folder of the refused row was not imported anywhere.
    expect((await call('search.query', { query: '己公司' })).hits).toEqual([]);
  });
});

describe('upload and task safety', () => {
  it('refuses paths that leave the batch and unknown batches, keeping nothing', async () => {
    const { batchId } = await call('imports.newBatch', {});
    for (const path of ['../evil.pdf', '/etc/passwd', 'a/../../b', 'a\\b', 'C:/x', 'a//b', '']) {
      const res = await upload(batchId, path, Buffer.from('%PDF-'));
      expect(res.status, path).toBe(400);
    }
    expect(existsSync(join(api.dataDir, 'evil.pdf'))).toBe(false);
    expect((await upload('NOT-A-BATCH', 'a.pdf', Buffer.from('x'))).status).toBe(400);
    expect((await upload('01ARZ3NDEKTSV4RRFFQ69G5FAV', 'a.pdf', Buffer.from('x'))).status).toBe(404);
    const crossSite = await rawRequest(host.port, {
      method: 'POST',
      path: `/upload?batch=${batchId}&path=x.pdf`,
      headers: { ...auth(), Origin: 'http://evil.example' },
      body: 'x',
    });
    expect(crossSite.status).toBe(403);
  });

  it('cancels a running import; the rest are reported as cancelled', async () => {
    const { record } = await call('cases.create', { record: { name: '取消测试' } });
    const { batchId } = await call('imports.newBatch', {});
    for (let i = 0; i < 12; i++) await upload(batchId, `f${i}.pdf`, await buildCjkPdf([`第${i}份 询问笔录`]));
    const started = await call('imports.start', { batchId, mode: 'files', caseId: record.id });
    await call('tasks.cancel', { id: started.id });
    const done = await api.services.tasks.wait(started.id);
    expect(done.status).toBe('cancelled');
    const summary = done.result as { imported: number; failed: number; cancelled: number };
    expect(summary.imported + summary.cancelled).toBe(12);
    expect(summary.failed).toBe(0);
    expect(summary.cancelled).toBeGreaterThan(0);
    expect((await call('documents.list', { caseId: record.id })).length).toBe(summary.imported);
  });
});

describe('progress of a long import', () => {
  it('reports each PDF page next to the file count, then the file as done', async () => {
    const dir = makeTempDir();
    try {
      const path = join(dir.dir, '询问笔录.pdf');
      writeFileSync(path, await buildCjkPdf(['询问笔录', '第二页', '第三页']));
      const steps: string[] = [];
      const items: string[] = [];
      const { record } = await call('cases.create', { record: { name: '进度案' } });
      await api.services.imports.run(
        'files',
        [{ absolutePath: path, relativePath: '询问笔录.pdf' }],
        record.id,
        {
          signal: new AbortController().signal,
          setTotal: () => undefined,
          step: (current) => steps.push(current),
          finishItem: (_level, text) => items.push(text),
        },
      );
      expect(steps).toEqual(
        expect.arrayContaining(['询问笔录.pdf（第 1/3 页）', '询问笔录.pdf（第 3/3 页）']),
      );
      expect(items).toEqual(['询问笔录.pdf：已导入（3 页）']);
    } finally {
      dir.cleanup();
    }
  });
});

describe('pages without a text layer', () => {
  it('are listed per document, 1-based, for the viewer to mark', async () => {
    const task = await importBatch(
      { '混合.pdf': await buildCjkPdf(['询问笔录', '', '以上笔录属实', '']) },
      'folder',
    );
    const caseId = (task.result as { cases: { caseId: string }[] }).cases[0]!.caseId;
    const [doc] = await call('documents.list', { caseId });
    expect(doc!.textStatus).toBe('partial');
    expect(await call('documents.pagesWithoutText', { id: doc!.id })).toEqual([2, 4]);
  });
});
