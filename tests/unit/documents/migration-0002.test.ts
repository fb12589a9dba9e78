import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../main/db/open-database';
import { migrations } from '../../../main/db/migrations';
import { indexPendingPages } from '../../../main/services/search/page-indexer';
import { searchPages } from '../../../main/services/search/search-pages';
import { makeTempDir } from '../../helpers/temp-dir';

let temp: { dir: string; cleanup: () => void };
let opened: OpenedDatabase;

beforeEach(async () => {
  temp = makeTempDir('pingcha-mig2-');
  opened = await openDatabase(join(temp.dir, 'db.sqlite'));
});
afterEach(async () => {
  await opened.close();
  temp.cleanup();
});

const document = (id: string, caseId: string, sha: string) => ({
  id,
  case_id: caseId,
  position: 0,
  file_name: `${id}.pdf`,
  sha256: sha.padStart(64, '0'),
  size: 10,
  detected_type: 'pdf',
  doc_type: 'penalty_decision',
  doc_type_confidence: 0.95,
  page_count: 1,
  title: null,
  author: null,
  created: null,
  text_status: 'ok' as const,
  error: null,
});

const count = async (table: string) =>
  Number(
    (await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(opened.db)).rows[0]?.n,
  );

describe('migration 0002_documents', () => {
  it('is registered and applied to a fresh database', async () => {
    expect(Object.keys(migrations)).toContain('0002_documents');
    const tables = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'table' order by name`.execute(opened.db);
    expect(tables.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['cases', 'documents', 'document_pages', 'page_fts']),
    );
  });

  it('fills defaults and enforces text_status, has_text and one copy of a file per case', async () => {
    await opened.db
      .insertInto('cases')
      .values({ id: 'C1', case_number: null, name: null, agency: null, act_type: null })
      .execute();
    await opened.db
      .insertInto('documents')
      .values(document('D1', 'C1', '1'))
      .execute();
    const row = await opened.db.selectFrom('documents').selectAll().executeTakeFirstOrThrow();
    expect(row.warnings).toBe('[]');
    expect(row.imported_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expect(
      opened.db
        .insertInto('documents')
        .values(document('D2', 'C1', '1'))
        .execute(),
    ).rejects.toThrow(/UNIQUE/);
    await expect(
      opened.db
        .insertInto('documents')
        .values({ ...document('D3', 'C1', '3'), text_status: 'weird' as 'ok' })
        .execute(),
    ).rejects.toThrow(/CHECK/);
    await expect(
      opened.db
        .insertInto('documents')
        .values(document('D4', 'nope', '4'))
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY/);
    await expect(
      opened.db
        .insertInto('document_pages')
        .values({ document_id: 'D1', page_index: 0, text: '', has_text: 2 as 1 })
        .execute(),
    ).rejects.toThrow(/CHECK/);
  });

  it('indexes pages and removes index rows when a case (and its documents) is deleted', async () => {
    await opened.db
      .insertInto('cases')
      .values({ id: 'C1', case_number: null, name: null, agency: null, act_type: null })
      .execute();
    await opened.db
      .insertInto('documents')
      .values(document('D1', 'C1', '1'))
      .execute();
    await opened.db
      .insertInto('document_pages')
      .values({
        document_id: 'D1',
        page_index: 0,
        text: '决定对当事人处以罚款人民币二千元。',
        has_text: 1,
        indexed: 0,
      })
      .execute();
    expect(await indexPendingPages(opened.db)).toBe(1);
    expect((await searchPages(opened.db, '罚款')).map((h) => h.documentId)).toEqual(['D1']);
    // Soft-deleted cases (0003_case_records) are left out of search unless asked for.
    await opened.db
      .updateTable('cases')
      .set({ deleted_at: '2024-01-01T00:00:00Z' })
      .where('id', '=', 'C1')
      .execute();
    expect(await searchPages(opened.db, '罚款')).toEqual([]);
    expect(await searchPages(opened.db, '罚款', { includeDeletedCases: true })).toHaveLength(1);
    await opened.db.deleteFrom('cases').where('id', '=', 'C1').execute();
    expect(await count('documents')).toBe(0);
    expect(await count('document_pages')).toBe(0);
    expect(await searchPages(opened.db, '罚款')).toEqual([]);
    const ftsRows = await sql<{
      n: number;
    }>`select count(*) as n from page_fts where page_fts match '"罚款"'`.execute(opened.db);
    expect(ftsRows.rows[0]?.n).toBe(0);
  });
});
