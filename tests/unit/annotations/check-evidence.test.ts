import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckFinding } from '../../../preload/contract/methods/checks';
import { checkEvidenceToAnnotations } from '../../../main/services/annotations/check-evidence';
import { BlobStore } from '../../../main/services/documents';
import { openTestApi } from '../../helpers/open-test-api';
import { annotationCalls, type TestApi } from './annotation-fixtures';

let api: TestApi;
beforeEach(async () => (api = await openTestApi()));
afterEach(async () => api.dispose());
const { call, setup } = annotationCalls(() => api);

describe('pre-check evidence → annotations', () => {
  it('anchors a PDF page as a page-sized area and a DOCX quote by its text, once', async () => {
    const { caseId, pdfDoc, docxDoc } = await setup();
    const finding: CheckFinding = {
      ruleId: 'GS-3',
      title: '决定公示期限',
      system: '公示',
      result: '不符合',
      explanation: '决定日 2024-09-27，公示日 2024-10-14，超过 7 个工作日',
      legalBasis: '《行政处罚法》第四十八条',
      evidence: [
        { documentId: pdfDoc.id, page: 2, quote: '公示' },
        { documentId: docxDoc.id, page: 1, quote: '罚款人民币贰仟元整' },
        { documentId: docxDoc.id, page: 1, quote: '文中没有的句子' },
        { documentId: 'NOT_IN_CASE', page: 1 },
      ],
    };
    const input = {
      db: api.services.runtime.db(),
      blobs: new BlobStore(api.services.runtime.blobsDir),
      caseId,
      finding,
      itemCode: '4.3',
      author: { name: '王评查', unit: '市司法局', role: '' },
      category: '问题',
    };
    const ids = await checkEvidenceToAnnotations(input);
    expect(ids).toHaveLength(2);
    const list = await call('annotations.list', { caseId });
    const onPdf = list.find((a) => a.documentId === pdfDoc.id)!;
    expect(onPdf).toMatchObject({
      kind: 'comment',
      pageIndex: 1,
      quote: '公示',
      itemCodes: ['4.3'],
      ruleIds: ['GS-3'],
      category: '问题',
    });
    // A4 page (595 × 842 pt) with a 6 pt inset.
    expect(onPdf.anchor).toEqual({ type: 'area', pageIndex: 1, rect: { x: 6, y: 6, w: 583, h: 830 } });
    expect(onPdf.body).toContain('【预检 GS-3 决定公示期限：不符合】');
    const onDocx = list.find((a) => a.documentId === docxDoc.id)!;
    expect(onDocx.anchor).toMatchObject({ type: 'docx-text', quote: { exact: '罚款人民币贰仟元整' } });
    if (onDocx.anchor.type !== 'docx-text') throw new Error('docx anchor');
    expect(onDocx.anchor.end - onDocx.anchor.start).toBe(9);

    // Running it again adds nothing.
    expect(await checkEvidenceToAnnotations(input)).toEqual([]);
    expect(await call('annotations.list', { caseId })).toHaveLength(2);
  });

  it('annotations.fromCheck names a rule missing from the case results', async () => {
    const { caseId } = await setup();
    const result = await api.router.dispatch(
      'annotations.fromCheck',
      { caseId, ruleId: 'NO-SUCH-RULE' },
      { transport: 'test' },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('E_NOT_FOUND');
      expect(result.error.message).toContain('NO-SUCH-RULE');
    }
  });
});
