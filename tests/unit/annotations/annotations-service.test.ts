import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApi } from '../../helpers/open-test-api';
import { annotationCalls, silentWav, type TestApi } from './annotation-fixtures';

let api: TestApi;
beforeEach(async () => (api = await openTestApi()));
afterEach(async () => api.dispose());
const { call, callError, importInto, setup, highlight } = annotationCalls(() => api);

describe('annotations: anchors and storage', () => {
  it('stores a PDF text highlight with its rects, quote, page and author', async () => {
    const { caseId, pdfDoc } = await setup();
    const a = await highlight(caseId, pdfDoc.id, { itemCodes: ['1.1', '1.1'], ruleIds: ['GS-1'] });
    expect(a).toMatchObject({
      caseId,
      documentId: pdfDoc.id,
      documentSha256: pdfDoc.sha256,
      kind: 'highlight',
      pageIndex: 0,
      quote: 'Fine 2000 yuan',
      category: '问题',
      author: { name: '王评查', unit: '市司法局' },
      itemCodes: ['1.1'],
      ruleIds: ['GS-1'],
      orphaned: false,
      deletedAt: null,
    });
    expect(a.anchor).toEqual({
      type: 'pdf-text',
      pageIndex: 0,
      rects: [{ x: 50, y: 776, w: 120, h: 14 }],
      quote: { exact: 'Fine 2000 yuan', prefix: 'penalty\n', suffix: '' },
    });
    expect(await call('annotations.list', { caseId })).toEqual([a]);
  });

  it('stores an area on a scanned page, a DOCX quote anchor and a media time note', async () => {
    const { caseId, pdfDoc, docxDoc } = await setup();
    const area = await call('annotations.create', {
      caseId,
      documentId: pdfDoc.id,
      kind: 'area',
      anchor: { type: 'area', pageIndex: 1, rect: { x: 100, y: 200, w: 150, h: 80 } },
      category: '证据',
      body: '签名处空白',
    });
    expect(area.pageIndex).toBe(1);
    expect(area.quote).toBeNull();
    const comment = await call('annotations.create', {
      caseId,
      documentId: docxDoc.id,
      kind: 'comment',
      anchor: {
        type: 'docx-text',
        quote: { exact: '罚款人民币贰仟元整', prefix: '决定对当事人', suffix: '。' },
        start: 14,
        end: 23,
      },
      category: '疑问',
      body: '金额大写是否与小写一致？',
    });
    expect(comment).toMatchObject({ pageIndex: null, quote: '罚款人民币贰仟元整' });
    await importInto(caseId, { '执法记录.wav': silentWav(3) });
    const wav = (await call('documents.list', { caseId })).find((d) => d.viewer === 'audio')!;
    const note = await call('annotations.create', {
      caseId,
      documentId: wav.id,
      kind: 'media-note',
      anchor: { type: 'media', start: 1.5, end: 2.5 },
      category: '备注',
      body: '未告知陈述申辩权',
    });
    expect(note).toMatchObject({
      pageIndex: null,
      quote: null,
      anchor: { type: 'media', start: 1.5, end: 2.5 },
    });
    const error = await callError('annotations.create', {
      caseId,
      documentId: wav.id,
      kind: 'media-note',
      anchor: { type: 'media', start: 12.5, end: 3 },
      category: '备注',
    });
    expect(error.code).toBe('E_INVALID_ARGS');
    expect(error.message).toContain('结束时间早于开始时间');
    const onPdf = await callError('annotations.create', {
      caseId,
      documentId: pdfDoc.id,
      kind: 'media-note',
      anchor: { type: 'media', start: 1, end: null },
      category: '备注',
    });
    expect(onPdf.message).toContain('不能添加这种批注');
  });

  it('refuses a kind/anchor mismatch, a page out of range, an unknown category and a foreign document', async () => {
    const { caseId, pdfDoc, docxDoc } = await setup();
    const mismatch = await callError('annotations.create', {
      caseId,
      documentId: pdfDoc.id,
      kind: 'highlight',
      anchor: { type: 'area', pageIndex: 0, rect: { x: 1, y: 1, w: 10, h: 10 } },
      category: '问题',
    });
    expect(mismatch.message).toContain('高亮不能用于');
    const page = await callError('annotations.create', {
      caseId,
      documentId: pdfDoc.id,
      kind: 'area',
      anchor: { type: 'area', pageIndex: 7, rect: { x: 1, y: 1, w: 10, h: 10 } },
      category: '问题',
    });
    expect(page.message).toContain('该文件共 2 页');
    const category = await callError('annotations.create', {
      caseId,
      documentId: pdfDoc.id,
      kind: 'area',
      anchor: { type: 'area', pageIndex: 0, rect: { x: 1, y: 1, w: 10, h: 10 } },
      category: '不存在的类别',
    });
    expect(category.message).toContain('未知的批注类别');
    const wrongDoc = await callError('annotations.create', {
      caseId,
      documentId: docxDoc.id,
      kind: 'area',
      anchor: { type: 'area', pageIndex: 0, rect: { x: 1, y: 1, w: 10, h: 10 } },
      category: '问题',
    });
    expect(wrongDoc.message).toContain('不能添加这种批注');
    const { record: other } = await call('cases.create', { record: { name: '另一案' } });
    const foreign = await callError('annotations.create', {
      caseId: other.id,
      documentId: pdfDoc.id,
      kind: 'area',
      anchor: { type: 'area', pageIndex: 0, rect: { x: 1, y: 1, w: 10, h: 10 } },
      category: '问题',
    });
    expect(foreign.message).toContain('不属于这个案卷');
    expect(await call('annotations.list', { caseId })).toEqual([]);
  });

  it('limits very long quotes and comments with a clear message and writes nothing', async () => {
    const { caseId, pdfDoc } = await setup();
    const long = await callError('annotations.create', {
      caseId,
      documentId: pdfDoc.id,
      kind: 'highlight',
      anchor: {
        type: 'pdf-text',
        pageIndex: 0,
        rects: [{ x: 0, y: 0, w: 10, h: 10 }],
        quote: { exact: '罚'.repeat(2001) },
      },
      category: '问题',
    });
    expect(long.code).toBe('E_INVALID_ARGS');
    expect(long.message).toContain('选中的文字过长（2001 字）');
    const body = await callError('annotations.create', {
      caseId,
      documentId: pdfDoc.id,
      kind: 'area',
      anchor: { type: 'area', pageIndex: 0, rect: { x: 1, y: 1, w: 10, h: 10 } },
      category: '问题',
      body: '字'.repeat(5001),
    });
    expect(body.message).toContain('批注内容过长');
    expect(await call('annotations.list', { caseId, includeDeleted: true })).toEqual([]);
  });

  it('allows overlapping annotations on the same text', async () => {
    const { caseId, pdfDoc } = await setup();
    await highlight(caseId, pdfDoc.id);
    await highlight(caseId, pdfDoc.id, { kind: 'underline', category: '证据' });
    expect(await call('annotations.list', { caseId })).toHaveLength(2);
  });
});

describe('annotations: edit, delete with undo, filters', () => {
  it('edits, soft-deletes and restores', async () => {
    const { caseId, pdfDoc } = await setup();
    const a = await highlight(caseId, pdfDoc.id);
    const edited = await call('annotations.update', { id: a.id, body: '改：金额偏高', category: '疑问' });
    expect(edited).toMatchObject({ body: '改：金额偏高', category: '疑问' });
    const moved = await call('annotations.update', {
      id: a.id,
      anchor: {
        type: 'pdf-text',
        pageIndex: 1,
        rects: [{ x: 10, y: 10, w: 50, h: 12 }],
        quote: { exact: 'Fine' },
      },
    });
    expect(moved).toMatchObject({ pageIndex: 1, quote: 'Fine' });
    const offPage = await callError('annotations.update', {
      id: a.id,
      anchor: {
        type: 'pdf-text',
        pageIndex: 9,
        rects: [{ x: 10, y: 10, w: 50, h: 12 }],
        quote: { exact: 'Fine' },
      },
    });
    expect(offPage.message).toContain('该文件共 2 页');
    const wrongType = await callError('annotations.update', {
      id: a.id,
      anchor: { type: 'docx-text', quote: { exact: 'Fine' }, start: 0, end: 4 },
    });
    expect(wrongType.code).toBe('E_INVALID_ARGS');
    const removed = await call('annotations.remove', { id: a.id });
    expect(removed.deletedAt).not.toBeNull();
    expect(await call('annotations.list', { caseId })).toEqual([]);
    expect(await call('annotations.citations', { caseId })).toEqual([]);
    expect((await callError('annotations.update', { id: a.id, body: 'x' })).code).toBe('E_CONFLICT');
    const restored = await call('annotations.restore', { id: a.id });
    expect(restored.deletedAt).toBeNull();
    expect(await call('annotations.list', { caseId })).toHaveLength(1);
    expect((await callError('annotations.remove', { id: 'NOPE' })).code).toBe('E_NOT_FOUND');
  });

  it('filters by document, author, category and item', async () => {
    const { caseId, pdfDoc, docxDoc } = await setup();
    const a = await highlight(caseId, pdfDoc.id, { itemCodes: ['2.1'] });
    await call('reviewer.set', { identity: { name: '李复核', unit: '市司法局', role: '复核员' } });
    const b = await call('annotations.create', {
      caseId,
      documentId: docxDoc.id,
      kind: 'highlight',
      anchor: { type: 'docx-text', quote: { exact: '行政处罚决定书' }, start: 0, end: 7 },
      category: '证据',
    });
    const ids = async (f: Record<string, string>) =>
      (await call('annotations.list', { caseId, ...f })).map((x) => x.id);
    expect(await ids({ author: '李复核' })).toEqual([b.id]);
    expect(await ids({ category: '问题' })).toEqual([a.id]);
    expect(await ids({ itemCode: '2.1' })).toEqual([a.id]);
    expect(await ids({ documentId: docxDoc.id })).toEqual([b.id]);
    await call('annotations.linkItem', { ids: [a.id, b.id], itemCode: '3.2', linked: true });
    expect(await ids({ itemCode: '3.2' })).toEqual([a.id, b.id]);
    await call('annotations.linkItem', { ids: [a.id], itemCode: '3.2', linked: false });
    expect(await ids({ itemCode: '3.2' })).toEqual([b.id]);
    // All or nothing: an unknown id leaves the other link unchanged.
    expect(
      (await callError('annotations.linkItem', { ids: [a.id, 'NOPE'], itemCode: '9.9', linked: true })).code,
    ).toBe('E_NOT_FOUND');
    expect(await ids({ itemCode: '9.9' })).toEqual([]);
  });
});

describe('annotations: documents removed and re-imported', () => {
  it('keeps annotations of a removed document, flagged orphaned, and re-attaches them on a same-hash re-import', async () => {
    const { caseId, pdfDoc, pdf } = await setup();
    const a = await highlight(caseId, pdfDoc.id, { itemCodes: ['1.1'] });
    await call('documents.remove', { id: pdfDoc.id });
    const [orphan] = await call('annotations.list', { caseId });
    expect(orphan).toMatchObject({
      id: a.id,
      orphaned: true,
      documentId: pdfDoc.id,
      documentTitle: a.documentTitle,
    });
    const [cite] = await call('annotations.citations', { caseId });
    expect(cite).toMatchObject({ annotationId: a.id, orphaned: true, pageIndex: 0, quote: 'Fine 2000 yuan' });

    await importInto(caseId, { '决定书（重新导入）.pdf': pdf });
    const docs = await call('documents.list', { caseId });
    const again = docs.find((d) => d.sha256 === pdfDoc.sha256)!;
    expect(again.id).not.toBe(pdfDoc.id);
    const [back] = await call('annotations.list', { caseId, documentId: again.id });
    expect(back).toMatchObject({ id: a.id, orphaned: false, documentId: again.id, itemCodes: ['1.1'] });
  });

  it('lists evidence citations in document order with 0-based pages for the report', async () => {
    const { caseId, pdfDoc, docxDoc } = await setup();
    await highlight(caseId, pdfDoc.id, { itemCodes: ['1.1'] });
    await call('annotations.create', {
      caseId,
      documentId: docxDoc.id,
      kind: 'comment',
      anchor: { type: 'docx-text', quote: { exact: '行政处罚决定书' }, start: 0, end: 7 },
      category: '证据',
      body: '文书齐全',
    });
    const cites = await call('annotations.citations', { caseId });
    const order = (await call('documents.list', { caseId })).map((d) => d.id);
    expect(cites.map((c) => c.documentId)).toEqual(order);
    const pdfCite = cites.find((c) => c.documentId === pdfDoc.id)!;
    expect(pdfCite).toEqual({
      annotationId: pdfCite.annotationId,
      itemCodes: ['1.1'],
      ruleIds: [],
      documentId: pdfDoc.id,
      documentTitle: pdfDoc.title ?? pdfDoc.fileName,
      pageIndex: 0,
      quote: 'Fine 2000 yuan',
      comment: '罚款金额与裁量基准不符',
      author: '王评查',
      category: '问题',
      orphaned: false,
    });
  });
});
