import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../main/db/open-database';
import { BlobStore } from '../../../main/services/documents/blob-store';
import { importFile, type ImportContext } from '../../../main/services/documents/import-file';
import { importFiles, type ImportProgress } from '../../../main/services/documents/import-files';
import { indexPendingPages } from '../../../main/services/search/page-indexer';
import { searchPages } from '../../../main/services/search/search-pages';
import { makeTempDir } from '../../helpers/temp-dir';
import { buildPdf } from './fixtures/build-pdf';
import { buildDocx } from './fixtures/build-zip';

let temp: { dir: string; cleanup: () => void };
let opened: OpenedDatabase;
let ctx: ImportContext;

beforeEach(async () => {
  temp = makeTempDir('pingcha-import-');
  opened = await openDatabase(join(temp.dir, 'db.sqlite'));
  ctx = { db: opened.db, blobs: new BlobStore(join(temp.dir, 'blobs')) };
  await opened.db
    .insertInto('cases')
    .values({ id: 'C1', case_number: '某市监罚〔2024〕12号', name: '测试案', agency: null, act_type: null })
    .execute();
});

afterEach(async () => {
  await opened.close();
  temp.cleanup();
});

const write = (name: string, data: Buffer | string) => {
  const path = join(temp.dir, name);
  writeFileSync(path, data);
  return path;
};

async function counts() {
  const one = async (table: 'documents' | 'document_pages' | 'page_fts') =>
    Number(
      (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(opened.db)).rows[0]?.n,
    );
  return {
    documents: await one('documents'),
    pages: await one('document_pages'),
    fts: await one('page_fts'),
  };
}

describe('importFile', () => {
  it('imports a PDF: document row, pages, index and blob in one go', async () => {
    const path = write(
      'notice.pdf',
      await buildPdf({ pages: ['Hearing notice for case 12', ''], title: 'Notice', author: 'Bureau' }),
    );
    const outcome = await importFile(ctx, { caseId: 'C1', path });
    expect(outcome).toMatchObject({
      status: 'imported',
      detectedType: 'pdf',
      textStatus: 'partial',
      pageCount: 2,
    });
    if (outcome.status !== 'imported') return;
    const doc = await opened.db
      .selectFrom('documents')
      .selectAll()
      .where('id', '=', outcome.documentId)
      .executeTakeFirstOrThrow();
    expect(doc).toMatchObject({
      case_id: 'C1',
      position: 0,
      file_name: 'notice.pdf',
      detected_type: 'pdf',
      title: 'Notice',
      author: 'Bureau',
      text_status: 'partial',
      page_count: 2,
    });
    expect(JSON.parse(doc.warnings)).toEqual([expect.stringContaining('第 2 页没有文字层')]);
    expect(await ctx.blobs.has(doc.sha256)).toBe(true);
    const pages = await opened.db
      .selectFrom('document_pages')
      .selectAll()
      .where('document_id', '=', outcome.documentId)
      .orderBy('page_index')
      .execute();
    // The page with text waits for the full-text index; the page without text has nothing to index.
    expect(pages.map((p) => [p.page_index, p.has_text, p.indexed])).toEqual([
      [0, 1, 0],
      [1, 0, 1],
    ]);
    expect((await counts()).fts).toBe(0);
    // A search right after the import catches the index up first, so it never misses the page.
    const hits = await searchPages(opened.db, 'hearing', { caseId: 'C1' });
    expect(hits.map((h) => [h.documentId, h.pageIndex])).toEqual([[outcome.documentId, 0]]);
    expect((await counts()).fts).toBe(1);
  });

  it('imports the same way with PDF extraction isolated in a worker thread', async () => {
    const path = write('w.pdf', await buildPdf({ pages: ['Worker isolated text'] }));
    const outcome = await importFile(
      { ...ctx, limits: { pdfIsolation: 'worker', pdfMaxHeapMb: 512 } },
      { caseId: 'C1', path },
    );
    expect(outcome).toMatchObject({ status: 'imported', textStatus: 'ok', pageCount: 1 });
    expect((await searchPages(opened.db, 'isolated')).length).toBe(1);
  });

  it('imports and classifies a DOCX named .doc, warning about the extension', async () => {
    const path = write(
      '决定书.doc',
      await buildDocx([
        { text: '某某市城市管理局' },
        { text: '不予行政处罚决定书' },
        { text: '当事人：张三' },
      ]),
    );
    const outcome = await importFile(ctx, { caseId: 'C1', path });
    expect(outcome).toMatchObject({
      status: 'imported',
      detectedType: 'docx',
      docType: 'no_penalty_decision',
      textStatus: 'ok',
      pageCount: 1,
    });
    if (outcome.status === 'imported') expect(outcome.warnings[0]).toContain('.doc');
    const hits = await searchPages(opened.db, '罚');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.snippet.text).toContain('不予行政处罚决定书');
  });

  it('reports the same content twice in one case as duplicate, and allows it in another case', async () => {
    const bytes = await buildPdf({ pages: ['same'] });
    const first = await importFile(ctx, { caseId: 'C1', path: write('a.pdf', bytes) });
    const again = await importFile(ctx, { caseId: 'C1', path: write('b.pdf', bytes) });
    expect(again).toMatchObject({ status: 'duplicate', fileName: 'b.pdf' });
    if (first.status === 'imported' && again.status === 'duplicate')
      expect(again.documentId).toBe(first.documentId);
    await opened.db
      .insertInto('cases')
      .values({ id: 'C2', case_number: null, name: null, agency: null, act_type: null })
      .execute();
    expect((await importFile(ctx, { caseId: 'C2', path: write('c.pdf', bytes) })).status).toBe('imported');
    expect((await counts()).documents).toBe(2);
  });

  it('numbers documents in import order', async () => {
    await importFile(ctx, { caseId: 'C1', path: write('1.pdf', await buildPdf({ pages: ['one'] })) });
    await importFile(ctx, { caseId: 'C1', path: write('2.pdf', await buildPdf({ pages: ['two'] })) });
    const rows = await opened.db
      .selectFrom('documents')
      .select(['file_name', 'position'])
      .orderBy('position')
      .execute();
    expect(rows).toEqual([
      { file_name: '1.pdf', position: 0 },
      { file_name: '2.pdf', position: 1 },
    ]);
  });

  it.each([
    ['empty.docx', Buffer.alloc(0), 'E_CORRUPT_FILE'],
    ['garbage.pdf', Buffer.from('%PDF-1.7 broken'), 'E_CORRUPT_FILE'],
    ['notes.txt', Buffer.from('plain text'), 'E_UNSUPPORTED_FILE'],
  ])('fails %s with %s, naming the file, and leaves no rows', async (name, data, code) => {
    const outcome = await importFile(ctx, { caseId: 'C1', path: write(name, data) });
    expect(outcome).toMatchObject({ status: 'failed', code, reason: expect.stringContaining(name) });
    expect(await counts()).toEqual({ documents: 0, pages: 0, fts: 0 });
  });

  it('rolls back the whole transaction when a late insert fails', async () => {
    // The document row and page 1 insert fine, page 2 fails: nothing of the document may remain.
    await sql`create trigger boom before insert on document_pages when new.page_index = 1
      begin select raise(abort, 'page insert refused'); end`.execute(opened.db);
    const outcome = await importFile(ctx, {
      caseId: 'C1',
      path: write('x.pdf', await buildPdf({ pages: ['one', 'two'] })),
    });
    expect(outcome).toMatchObject({
      status: 'failed',
      code: 'E_INTERNAL',
      reason: expect.stringContaining('page insert refused'),
    });
    expect(await counts()).toEqual({ documents: 0, pages: 0, fts: 0 });
  });

  it('keeps pages pending when indexing fails, and indexes them on the next try', async () => {
    const outcome = await importFile(ctx, {
      caseId: 'C1',
      path: write('x.pdf', await buildPdf({ pages: ['alpha', 'beta'] })),
    });
    expect(outcome.status).toBe('imported');
    await sql`create trigger refuse_index before update of indexed on document_pages
      begin select raise(abort, 'index refused'); end`.execute(opened.db);
    await expect(indexPendingPages(opened.db)).rejects.toThrow('index refused');
    // The batch is one transaction: no index rows without their page flags.
    expect((await counts()).fts).toBe(0);
    await sql`drop trigger refuse_index`.execute(opened.db);
    expect(await indexPendingPages(opened.db)).toBe(2);
    expect(await indexPendingPages(opened.db)).toBe(0);
    expect((await searchPages(opened.db, 'beta')).map((h) => h.pageIndex)).toEqual([1]);
  });

  it('deleting a document that was never indexed leaves the index consistent', async () => {
    const outcome = await importFile(ctx, {
      caseId: 'C1',
      path: write('d.pdf', await buildPdf({ pages: ['gamma'] })),
    });
    if (outcome.status !== 'imported') throw new Error('import failed');
    await opened.db.deleteFrom('documents').where('id', '=', outcome.documentId).execute();
    expect(await counts()).toEqual({ documents: 0, pages: 0, fts: 0 });
    expect(await searchPages(opened.db, 'gamma')).toEqual([]);
  });

  it('fails cleanly for a missing file, an unknown case or a deleted case', async () => {
    expect(await importFile(ctx, { caseId: 'C1', path: join(temp.dir, 'nope.pdf') })).toMatchObject({
      status: 'failed',
      code: 'E_NOT_FOUND',
    });
    const path = write('a.pdf', await buildPdf({ pages: ['x'] }));
    expect(await importFile(ctx, { caseId: 'missing', path })).toMatchObject({
      status: 'failed',
      code: 'E_NOT_FOUND',
    });
    // A soft-deleted case accepts no new documents.
    await opened.db
      .updateTable('cases')
      .set({ deleted_at: '2024-01-01T00:00:00Z' })
      .where('id', '=', 'C1')
      .execute();
    expect(await importFile(ctx, { caseId: 'C1', path })).toMatchObject({
      status: 'failed',
      code: 'E_NOT_FOUND',
    });
  });

  it('refuses files above the blob size limit before reading them', async () => {
    const small = { ...ctx, blobs: new BlobStore(join(temp.dir, 'blobs'), { maxBytes: 100 }) };
    const outcome = await importFile(small, {
      caseId: 'C1',
      path: write('big.pdf', await buildPdf({ pages: ['x'] })),
    });
    expect(outcome).toMatchObject({ status: 'failed', code: 'E_TOO_LARGE' });
  });
});

describe('importFiles', () => {
  it('continues after a bad file and reports progress for every file', async () => {
    const paths = [
      write('good1.pdf', await buildPdf({ pages: ['first'] })),
      write('bad.pdf', Buffer.from('%PDF-1.4 nothing')),
      write('good2.pdf', await buildPdf({ pages: ['second'] })),
    ];
    const progress: ImportProgress[] = [];
    const outcomes = await importFiles(ctx, 'C1', paths, { onProgress: (p) => progress.push(p) });
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'failed', 'imported']);
    expect(progress.map((p) => [p.index, p.total, p.outcome.status])).toEqual([
      [0, 3, 'imported'],
      [1, 3, 'failed'],
      [2, 3, 'imported'],
    ]);
  });

  it('reports page progress per file', async () => {
    const paths = [write('a.pdf', await buildPdf({ pages: ['a', 'b'] }))];
    const pages: [number, number, number][] = [];
    await importFiles(ctx, 'C1', paths, { onPageProgress: (p) => pages.push([p.index, p.done, p.total]) });
    expect(pages).toEqual([
      [0, 1, 2],
      [0, 2, 2],
    ]);
  });

  it('stops on abort and reports the rest as cancelled', async () => {
    const paths = [
      write('a.pdf', await buildPdf({ pages: ['a'] })),
      write('b.pdf', await buildPdf({ pages: ['b'] })),
    ];
    const controller = new AbortController();
    const outcomes = await importFiles(ctx, 'C1', paths, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'failed']);
    expect(outcomes[1]).toMatchObject({ code: 'E_CANCELLED' });
    expect((await counts()).documents).toBe(1);
  });

  it('survives a throwing progress listener', async () => {
    const paths = [write('a.pdf', await buildPdf({ pages: ['a'] }))];
    const outcomes = await importFiles(ctx, 'C1', paths, {
      onProgress: () => {
        throw new Error('window closed');
      },
    });
    expect(outcomes[0]?.status).toBe('imported');
  });
});
