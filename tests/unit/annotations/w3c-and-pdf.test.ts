import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from '@cantoo/pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApi } from '../../helpers/open-test-api';
import { annotationCalls, type TestApi } from './annotation-fixtures';
import { renderPage } from './render-page';

let api: TestApi;
beforeEach(async () => (api = await openTestApi()));
afterEach(async () => api.dispose());
const { call, callError, setup, highlight } = annotationCalls(() => api);

const count = async () =>
  (
    await api.services.runtime
      .db()
      .selectFrom('annotations')
      .select(({ fn }) => fn.countAll().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

describe('W3C Web Annotation JSON', () => {
  it('exports standard selectors and re-imports idempotently (same ids, no duplicates)', async () => {
    const { caseId, pdfDoc } = await setup();
    const a = await highlight(caseId, pdfDoc.id, { itemCodes: ['1.1'] });
    const { json, fileName } = await call('annotations.exportW3c', { caseId });
    expect(fileName).toMatch(/批注\.jsonld$/);
    const doc = JSON.parse(json);
    expect(doc).toMatchObject({ type: 'AnnotationCollection', total: 1 });
    const item = doc.first.items[0];
    expect(item).toMatchObject({
      id: `urn:pingcha:annotation:${a.id}`,
      type: 'Annotation',
      motivation: 'highlighting',
      creator: { name: '王评查' },
      target: { source: `urn:sha256:${pdfDoc.sha256}` },
    });
    expect(item.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'Fine 2000 yuan', prefix: 'penalty\n', suffix: '' },
      {
        type: 'FragmentSelector',
        conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
        value: 'page=1&viewrect=50,776,120,14',
      },
    ]);

    expect(await call('annotations.importW3c', { json })).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await count()).toBe(1);

    // Into a workstation that lacks it: created once, then unchanged.
    await api.services.runtime.db().deleteFrom('annotations').execute();
    expect(await call('annotations.importW3c', { json })).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await call('annotations.importW3c', { json })).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await call('annotations.list', { caseId })).toEqual([a]);

    // A newer copy updates the row.
    item.modified = '2999-01-01T00:00:00.000Z';
    item.body[0].value = '来自另一工作站的修改';
    expect(await call('annotations.importW3c', { json: JSON.stringify(doc) })).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
    expect((await call('annotations.list', { caseId }))[0]!.body).toBe('来自另一工作站的修改');
  });

  it('refuses malformed files precisely and imports nothing from them', async () => {
    const { caseId, pdfDoc } = await setup();
    await highlight(caseId, pdfDoc.id);
    const doc = JSON.parse((await call('annotations.exportW3c', { caseId })).json);
    await api.services.runtime.db().deleteFrom('annotations').execute();

    expect((await callError('annotations.importW3c', { json: '{"type": "Annot' })).message).toContain(
      '不是有效的 JSON',
    );
    expect((await callError('annotations.importW3c', { json: '{"type":"Other"}' })).message).toContain(
      'AnnotationCollection',
    );

    // First item fine, second broken: nothing from the file is written.
    const good = doc.first.items[0];
    const bad = structuredClone(good);
    bad.id = 'urn:pingcha:annotation:01BADBADBADBADBADBADBADBAD';
    bad.pingcha.anchor.quote.exact = '长'.repeat(3000);
    const e1 = await callError('annotations.importW3c', {
      json: JSON.stringify({ ...doc, first: { ...doc.first, items: [good, bad] } }),
    });
    expect(e1.code).toBe('E_INVALID_ARGS');
    expect(e1.message).toContain('第 2 条批注（urn:pingcha:annotation:01BADBADBADBADBADBADBADBAD）');
    expect(e1.message).toContain('选中的文字过长');
    expect(await count()).toBe(0);

    // A case unknown here fails inside the transaction: the first item is rolled back.
    const stranger = structuredClone(good);
    stranger.id = 'urn:pingcha:annotation:01STRANGERSTRANGERSTRANGE';
    stranger.pingcha.caseId = 'NO_SUCH_CASE';
    const e2 = await callError('annotations.importW3c', {
      json: JSON.stringify({ ...doc, first: { ...doc.first, items: [good, stranger] } }),
    });
    expect(e2.code).toBe('E_NOT_FOUND');
    expect(e2.message).toContain('第 2 条批注');
    expect(await count()).toBe(0);

    const dup = await callError('annotations.importW3c', {
      json: JSON.stringify({ ...doc, first: { ...doc.first, items: [good, good] } }),
    });
    expect(dup.message).toContain('重复');
    expect(await count()).toBe(0);
  });
});

describe('扣分须附证据', () => {
  it('refuses submit with the list of deductions lacking evidence, then accepts once linked', async () => {
    const { caseId, pdfDoc } = await setup();
    const standards = await call('standards.list', {});
    const penalty = standards.find((s) => s.code === 'PC-XZCF-YB')!;
    const { review, standard } = await call('reviews.openOrCreate', {
      caseId,
      standardVersionId: penalty.id,
    });
    const items = standard.sections.flatMap((s) => s.items);
    for (const item of items)
      await call('reviews.setItem', { id: review.id, itemCode: item.code, finding: { status: 'ok' } });
    const [d1, d2] = items.filter((i) => i.options.length > 0);
    for (const d of [d1!, d2!]) {
      await call('reviews.setItem', {
        id: review.id,
        itemCode: d.code,
        finding: { status: 'deduct', optionIds: [d.options[0]!.id] },
      });
    }
    await call('annotations.saveSettings', { evidenceRequired: true });
    const a = await highlight(caseId, pdfDoc.id, { itemCodes: [d1!.code] });

    const refused = await callError('reviews.submit', { id: review.id });
    expect(refused.code).toBe('E_CONFLICT');
    expect(refused.message).toContain('扣分须附证据');
    expect(refused.message).toContain(d2!.code);
    expect(refused.message).not.toContain(`${d1!.code} `);
    expect(refused.details).toEqual({
      missingEvidence: [{ itemCode: d2!.code, title: d2!.title, status: 'deduct' }],
    });
    expect((await call('reviews.get', { id: review.id })).review.status).toBe('draft');
    expect(await call('annotations.missingEvidence', { reviewId: review.id })).toHaveLength(1);

    await call('annotations.linkItem', { ids: [a.id], itemCode: d2!.code, linked: true });
    expect(await call('annotations.missingEvidence', { reviewId: review.id })).toEqual([]);
    expect((await call('reviews.submit', { id: review.id })).review.status).toBe('submitted');
  });

  it('does not block submit while the setting is off (the default)', async () => {
    expect((await call('annotations.settings', {})).evidenceRequired).toBe(false);
    const s = await call('annotations.saveSettings', {
      categories: [
        { label: '问题', color: '#ff0000' },
        { label: '证据', color: '#00ff00' },
      ],
    });
    expect(s.categories.map((c) => c.label)).toEqual(['问题', '证据']);
    const dup = await callError('annotations.saveSettings', {
      categories: [
        { label: '问题', color: '#ff0000' },
        { label: '问题', color: '#00ff00' },
      ],
    });
    expect(dup.message).toContain('不能重复');
  });
});

describe('annotated PDF export', () => {
  it('writes Highlight/Underline with QuadPoints, Square and Text with author, and leaves the original untouched', async () => {
    const { caseId, pdfDoc } = await setup();
    const blobPath = api.services.runtime.blobsDir + `/${pdfDoc.sha256}`;
    const before = readFileSync(blobPath);
    await highlight(caseId, pdfDoc.id);
    await highlight(caseId, pdfDoc.id, { kind: 'underline', body: '' });
    await highlight(caseId, pdfDoc.id, { kind: 'comment', body: '此处需核实' });
    await call('annotations.create', {
      caseId,
      documentId: pdfDoc.id,
      kind: 'area',
      anchor: { type: 'area', pageIndex: 1, rect: { x: 100, y: 200, w: 150, h: 80 } },
      category: '证据',
      body: '签名处空白',
    });
    const out = await call('annotations.exportPdf', { documentId: pdfDoc.id });
    expect(out.count).toBe(4);
    expect(out.fileName).toContain('（批注）.pdf');
    expect(readFileSync(blobPath).equals(before)).toBe(true);

    const pdf = await PDFDocument.load(Buffer.from(out.base64, 'base64'));
    const annots = (pageIndex: number) => {
      const arr = pdf.getPage(pageIndex).node.Annots();
      return (arr?.asArray() ?? []).map((ref) => pdf.context.lookup(ref, PDFDict));
    };
    const name = (d: PDFDict) => d.get(PDFName.of('Subtype'))!.toString();
    const nums = (d: PDFDict, key: string) =>
      d
        .lookup(PDFName.of(key), PDFArray)
        .asArray()
        .map((n) => (n as PDFNumber).asNumber());
    const page0 = annots(0);
    expect(page0.map(name)).toEqual(['/Highlight', '/Popup', '/Underline', '/Text', '/Popup']);
    const hl = page0[0]!;
    expect(nums(hl, 'Rect')).toEqual([50, 776, 170, 790]);
    expect(nums(hl, 'QuadPoints')).toEqual([50, 790, 170, 790, 50, 776, 170, 776]);
    expect(hl.lookup(PDFName.of('T'), PDFHexString).decodeText()).toBe('王评查');
    expect(hl.lookup(PDFName.of('Contents'), PDFHexString).decodeText()).toBe('罚款金额与裁量基准不符');
    expect(nums(page0[2]!, 'QuadPoints')).toHaveLength(8);
    expect(page0[3]!.lookup(PDFName.of('Contents'), PDFHexString).decodeText()).toBe('此处需核实');
    const page1 = annots(1);
    expect(page1.map(name)).toEqual(['/Square', '/Popup']);
    expect(nums(page1[0]!, 'Rect')).toEqual([100, 200, 250, 280]);
    expect(page1[0]!.lookup(PDFName.of('NM'), PDFString).decodeText()).toMatch(/^[0-9A-Z]{26}$/);

    const docxError = await callError('annotations.exportPdf', {
      documentId: (await call('documents.list', { caseId })).find((d) => d.viewer === 'docx')!.id,
    });
    expect(docxError.code).toBe('E_UNSUPPORTED_FILE');
  });

  it('carries /AP appearance streams and renders (poppler) with the annotations visible, the original without', async () => {
    const { caseId, pdfDoc } = await setup();
    await highlight(caseId, pdfDoc.id);
    await call('annotations.create', {
      caseId,
      documentId: pdfDoc.id,
      kind: 'area',
      anchor: { type: 'area', pageIndex: 1, rect: { x: 100, y: 200, w: 150, h: 80 } },
      category: '证据',
    });
    const out = await call('annotations.exportPdf', { documentId: pdfDoc.id });
    const bytes = Buffer.from(out.base64, 'base64');
    const pdf = await PDFDocument.load(bytes);
    for (const i of [0, 1]) {
      for (const ref of pdf.getPage(i).node.Annots()!.asArray()) {
        const annot = pdf.context.lookup(ref, PDFDict);
        if (annot.get(PDFName.of('Subtype'))!.toString() === '/Popup') continue;
        expect(annot.lookup(PDFName.of('AP'), PDFDict).get(PDFName.of('N'))).toBeDefined();
      }
    }
    // Page 1: the highlight (x 50–170, y 776–790 pt; 842 pt high) tints the white margin red.
    const page1 = renderPage(bytes, 0);
    const [r, g, b] = page1.at(165, 842 - 783);
    expect(r).toBeGreaterThan(200);
    expect(g).toBeLessThan(200);
    expect(b).toBeLessThan(200);
    // Page 2 (no text): the Square's green border at x = 100.75, inside stays white.
    const page2 = renderPage(bytes, 1);
    const [br, bg] = page2.at(101, 842 - 240);
    expect(bg).toBeGreaterThan(br + 60);
    expect(page2.at(175, 842 - 240)).toEqual([255, 255, 255]);
    // The original renders without any of it.
    const original = renderPage(readFileSync(`${api.services.runtime.blobsDir}/${pdfDoc.sha256}`), 1);
    expect(original.at(101, 842 - 240)).toEqual([255, 255, 255]);
  });
});
