import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../main/db/open-database';
import type { AppError } from '../../../preload/contract/app-error';
import type { ErrorCode } from '../../../preload/contract/error-codes';
import { extractPdf } from '../../../main/services/documents/pdf/extract-pdf';
import { BlobStore } from '../../../main/services/documents/blob-store';
import { importFile, type ImportContext } from '../../../main/services/documents/import-file';
import type { TextStatus } from '../../../main/services/documents/extracted-document';
import { searchPages } from '../../../main/services/search/search-pages';
import { CORPUS_DIR, corpusFile, corpusPresent } from '../../helpers/corpus';
import { makeTempDir } from '../../helpers/temp-dir';

type Expectation =
  | {
      status: 'imported';
      textStatus: TextStatus;
      /** Minimum number of Han characters over all pages. */
      minHan?: number;
      contains?: string;
      pages?: number;
      docType?: string | null;
      warning?: string;
    }
  | { status: 'failed'; code: ErrorCode; mentions?: string };

const imported = (
  textStatus: TextStatus,
  extra: Omit<Extract<Expectation, { status: 'imported' }>, 'status' | 'textStatus'> = {},
): Expectation => ({
  status: 'imported',
  textStatus,
  ...extra,
});
const failed = (code: ErrorCode, mentions?: string): Expectation => ({
  status: 'failed',
  code,
  ...(mentions ? { mentions } : {}),
});

/** Expected outcome for EVERY corpus file (see ../shared/corpus/MANIFEST.md). */
const EXPECTED: Record<string, Expectation> = {
  // CJK text only comes out with cMapUrl + cMapPacked configured.
  // pdfjs-dist 5.5.207 yields 119 Han here; the manifest's 207 was measured with 5.6.205, which also
  // decodes the GBK date lines that 5.5 returns as Latin-1 mojibake.
  'pdf-cjk/cjk_gbk_truetype_nonembedded.pdf': imported('ok', {
    minHan: 100,
    contains: '关于红军作战的原则',
    warning: '乱码',
  }),
  'pdf-cjk/cjk_gbkp_euc_h_nonembedded.pdf': imported('ok', { contains: '我们都是黑体字' }),
  'pdf-cjk/cjk_unigb_utf16_h_nonembedded.pdf': imported('ok', { contains: '目录' }),
  'pdf-cjk/cjk_unicns_utf16_traditional.pdf': imported('ok', { minHan: 7, contains: '中文姓名' }),
  'pdf-cjk/cjk_embedded_identity_h.pdf': imported('ok', { minHan: 80 }),
  'pdf-cjk/cjk_invoice_notice_embedded.pdf': imported('ok', { contains: '开票通知单' }),
  'pdf-cjk/cjk_vertical_identity_v.pdf': imported('partial', {
    pages: 3,
    contains: '日本語',
    warning: '第 2、3 页没有文字层',
  }),
  'pdf-multipage/multipage_352p_freeculture.pdf': imported('partial', {
    pages: 352,
    contains: 'Free Culture',
  }),
  'pdf-multipage/cn_gov_hazardous_chemicals_catalog_2015_118p.pdf': imported('ok', {
    pages: 118,
    minHan: 30_000,
    contains: '危险化学品目录',
    docType: null,
  }),
  'pdf-scanned/scanned_form_jpeg_2p.pdf': imported('none', { pages: 2, warning: '需要 OCR' }),
  'pdf-scanned/scanned_ccitt_fax_1p.pdf': imported('none', { pages: 1, warning: '需要 OCR' }),
  'pdf-encrypted/encrypted_user_and_owner_pw.pdf': failed('E_ENCRYPTED', '密码'),
  'pdf-encrypted/encrypted_user_pw_only_aes256.pdf': failed('E_ENCRYPTED', '密码'),
  'pdf-encrypted/encrypted_utf8_password.pdf': failed('E_ENCRYPTED', '密码'),
  'pdf-encrypted/encrypted_owner_only_rc4_no_copy.pdf': imported('ok', { contains: 'encryption scheme' }),
  'pdf-damaged/damaged_invalid_structure_184b.pdf': failed('E_CORRUPT_FILE', '损坏'),
  'pdf-damaged/damaged_xref_bad_byte_widths.pdf': failed('E_CORRUPT_FILE', '损坏'),
  'pdf-damaged/damaged_pages_tree_inaccessible.pdf': failed('E_CORRUPT_FILE', '损坏'),
  'pdf-damaged/damaged_xref_keyword_missing.pdf': imported('ok', { contains: 'Reduced test-case' }),
  'pdf-damaged/damaged_truncated_canon_scan.pdf': imported('ok', { contains: 'pdf.js' }),
  'pdf-damaged/damaged_getpage_throws.pdf': imported('none', { pages: 1, warning: '第 1 页已损坏' }),
  'pdf-damaged/damaged_flate_errors_16p.pdf': imported('partial', {
    pages: 16,
    warning: '第 12、16 页已损坏',
  }),
  'pdf-forms-annotations/form_acroform_prefilled_f1040.pdf': imported('ok', {
    pages: 2,
    contains: '1040',
    warning: '表单',
  }),
  'pdf-forms-annotations/form_xfa_only.pdf': imported('ok', { warning: 'XFA' }),
  'pdf-hostile/hostile_jbig2_bomb_100000x100000.pdf': imported('ok', { contains: 'GIANT JBIG2 BOMB' }),
  'pdf-hostile/hostile_huge_jpeg_dims_4p.pdf': imported('none', { pages: 4 }),
  'pdf-hostile/hostile_javascript_actions.pdf': imported('ok', { contains: 'Checkboxes' }),
  'pdf-hostile/hostile_launch_action_chinese_path.pdf': imported('ok', { contains: 'Chinese link' }),
  'docx-features/tables.docx': imported('ok', {
    pages: 1,
    contains: 'Above\n\nTop left\n\nTop right\n\nBottom left\n\nBottom right\n\nBelow',
  }),
  'docx-features/footnotes.docx': imported('ok', { contains: 'Ouch.' }),
  'docx-features/comments.docx': imported('ok', { contains: 'Ouch.' }),
  'docx-features/text_box.docx': imported('ok', { contains: 'Datum plane' }),
  'docx-features/strict_ooxml.docx': imported('ok', { contains: 'Test' }),
  'docx-features/track_changes_insertion.docx': imported('ok', { contains: 'two exciting insertions' }),
  'docx-features/track_changes_deletion.docx': imported('ok', { contains: 'a deletion' }),
  'docx-features/unicode_cjk_euro.docx': imported('ok', { contains: '世界' }),
  'docx-features/alternate_document_path.docx': imported('ok', { contains: 'italic' }),
  'docx-features/embedded_ole_attachments.docx': imported('ok', { contains: 'Русский' }),
  'docx-malformed/empty_zip.docx': failed('E_UNSUPPORTED_FILE', '不是有效的 Word 文档'),
  'docx-malformed/encrypted_password_pass.docx': failed('E_ENCRYPTED', '密码'),
  'docx-malformed/truncated_zip.docx': failed('E_CORRUPT_FILE', '损坏'),
  'docx-malformed/fuzzed_central_dir.docx': failed('E_CORRUPT_FILE', '损坏'),
  // The XML parser refuses the undeclared entity: nothing is read from disk or network.
  'docx-malformed/xxe_external_entity.docx': failed('E_CORRUPT_FILE', '损坏'),
  'docx-malformed/external_picture_link.docx': imported('none', { warning: '外部图片' }),
  'cn-admin/cn_xingzheng_chufa_juedingshu.doc': failed('E_UNSUPPORTED_FILE', '.doc'),
  'cn-admin/cn_wenshu_songda_huizheng.doc': failed('E_UNSUPPORTED_FILE', '.doc'),
  'cn-admin/cn_diaocha_xunwen_bilu.doc': failed('E_UNSUPPORTED_FILE', '.doc'),
  'cn-admin/cn_chufa_juedingshu_geren_ooxml_named_doc.doc': imported('ok', {
    minHan: 90,
    docType: 'penalty_decision',
    warning: '扩展名为 .doc',
  }),
  'cn-admin/cn_xianchang_hechabiao_word2013.pdf': imported('ok', {
    minHan: 100,
    contains: '现场核查表',
    docType: 'inspection_record',
  }),
  'cn-admin/cn_zero_byte_tongjibiao.docx': failed('E_CORRUPT_FILE', '0 字节'),
  // Text layer holds only $placeholders: no Han, no type guessed from the invisible form image.
  'cn-admin/cn_xianchang_jiancha_bilu_template.docx': imported('ok', { docType: null, contains: '$ajdjay' }),
  'cn-admin/cn_word_owner_lockfile.docx': failed('E_UNSUPPORTED_FILE', '锁定文件'),
  'cn-admin/cn_yinhuan_zhenggai_tongzhidan.docx': imported('ok', {
    minHan: 60,
    docType: 'rectification_order',
  }),
  'cn-admin/cn_gov_notice_kingsoft.wps': failed('E_UNSUPPORTED_FILE', '.wps'),
};

const HAN = /\p{Script=Han}/gu;
/** Generous: the slowest file (118 pages) takes a few seconds; a hang must still end the test. */
const PER_FILE_TIMEOUT_MS = 90_000;

describe.runIf(corpusPresent)('importing the whole robustness corpus', () => {
  let temp: { dir: string; cleanup: () => void };
  let opened: OpenedDatabase;
  let ctx: ImportContext;

  beforeAll(async () => {
    temp = makeTempDir('pingcha-corpus-');
    opened = await openDatabase(join(temp.dir, 'db.sqlite'));
    ctx = { db: opened.db, blobs: new BlobStore(join(temp.dir, 'blobs')), limits: { pdfTimeoutMs: 60_000 } };
    await opened.db
      .insertInto('cases')
      .values({ id: 'CORPUS', case_number: null, name: null, agency: null, act_type: null })
      .execute();
  });

  afterAll(async () => {
    await opened?.close();
    temp?.cleanup();
  });

  it('has an expectation for every corpus file', () => {
    const files = readdirSync(CORPUS_DIR)
      .filter((d) => statSync(join(CORPUS_DIR, d)).isDirectory())
      .flatMap((d) => readdirSync(join(CORPUS_DIR, d)).map((f) => `${d}/${f}`))
      .sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [relativePath, expected] of Object.entries(EXPECTED)) {
    it(
      `${relativePath} → ${expected.status === 'failed' ? expected.code : `imported (${expected.textStatus})`}`,
      async () => {
        const fileName = relativePath.split('/').pop() ?? relativePath;
        const outcome = await importFile(ctx, {
          caseId: 'CORPUS',
          path: corpusFile(...relativePath.split('/')),
        });
        if (expected.status === 'failed') {
          expect(outcome).toMatchObject({ status: 'failed', code: expected.code });
          if (outcome.status === 'failed') {
            expect(outcome.reason).toContain(fileName);
            if (expected.mentions) expect(outcome.reason).toContain(expected.mentions);
          }
          return;
        }
        expect(outcome.status, JSON.stringify(outcome)).toBe('imported');
        if (outcome.status !== 'imported') return;
        expect(outcome.textStatus).toBe(expected.textStatus);
        if (expected.pages !== undefined) expect(outcome.pageCount).toBe(expected.pages);
        if (expected.docType !== undefined) expect(outcome.docType).toBe(expected.docType);
        if (expected.warning) expect(outcome.warnings.join('\n')).toContain(expected.warning);
        const pages = await opened.db
          .selectFrom('document_pages')
          .select('text')
          .where('document_id', '=', outcome.documentId)
          .execute();
        const text = pages.map((p) => p.text).join('\n');
        if (expected.contains) expect(text).toContain(expected.contains);
        if (expected.minHan) expect(text.match(HAN)?.length ?? 0).toBeGreaterThanOrEqual(expected.minHan);
      },
      PER_FILE_TIMEOUT_MS,
    );
  }

  it('finds imported Chinese text through the bigram index (1, 2 and n characters)', async () => {
    for (const query of ['罚', '决定', '危险化学品', '黑体']) {
      const hits = await searchPages(opened.db, query, { caseId: 'CORPUS' });
      expect(hits.length, query).toBeGreaterThan(0);
      for (const hit of hits.slice(0, 5)) expect(hit.snippet.highlights.length, query).toBeGreaterThan(0);
    }
  });

  describe('hostile PDFs', () => {
    it('never decodes the image bombs (text extraction stays far below their decoded size)', async () => {
      const before = process.memoryUsage().rss;
      for (const name of ['hostile_jbig2_bomb_100000x100000.pdf', 'hostile_huge_jpeg_dims_4p.pdf']) {
        const bytes = readFileSync(corpusFile('pdf-hostile', name));
        await extractPdf(bytes, { fileName: name });
      }
      // Decoding one JBIG2 page alone would need ~1.16 GB.
      expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
    });

    it('stops a long document at the time budget instead of running on', async () => {
      const bytes = readFileSync(corpusFile('pdf-multipage', 'multipage_352p_freeculture.pdf'));
      const result = await extractPdf(bytes, { fileName: 'free.pdf', timeoutMs: 1 }).then(
        (doc) => ({ pages: doc.pages.length, warnings: doc.warnings.join() }),
        (error: AppError) => ({ code: error.code, reason: (error.details as { reason?: string }).reason }),
      );
      if ('pages' in result) {
        expect(result.pages).toBeLessThan(352);
        expect(result.warnings).toContain('超时');
      } else {
        expect(result).toEqual({ code: 'E_CORRUPT_FILE', reason: 'pdf-timeout' });
      }
    });
  });

  describe('password-protected PDFs', () => {
    it('imports with the right password, passed through unchanged (non-ASCII)', async () => {
      const outcome = await importFile(ctx, {
        caseId: 'CORPUS',
        path: corpusFile('pdf-encrypted', 'encrypted_utf8_password.pdf'),
        password: 'æøå',
      });
      expect(outcome).toMatchObject({ status: 'imported', textStatus: 'ok' });
    });

    it('says the password is wrong (E_ENCRYPTED, incorrect)', async () => {
      const outcome = await importFile(ctx, {
        caseId: 'CORPUS',
        path: corpusFile('pdf-encrypted', 'encrypted_user_and_owner_pw.pdf'),
        password: 'wrong',
      });
      expect(outcome).toMatchObject({
        status: 'failed',
        code: 'E_ENCRYPTED',
        details: { reason: 'pdf-password-incorrect' },
      });
    });
  });
});
