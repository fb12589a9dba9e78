import { sql } from 'kysely';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../main/db/open-database';
import { makeTempDir } from '../../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('migration 0006_annotations', () => {
  it('creates the table with its indexes, a kind check, a case cascade and no document foreign key', async () => {
    const opened = await openDatabase(join(temp.dir, 'a.sqlite'));
    const db = opened.db;
    try {
      const indexes = await sql<{ name: string }>`select name from pragma_index_list('annotations')`.execute(
        db,
      );
      expect(indexes.rows.map((r) => r.name)).toEqual(
        expect.arrayContaining(['annotations_case', 'annotations_case_sha']),
      );
      const fks = await sql<{
        table: string;
        on_delete: string;
      }>`select "table", on_delete from pragma_foreign_key_list('annotations')`.execute(db);
      // Only the case: deleting a document must never delete the evidence made on it.
      expect(fks.rows).toEqual([{ table: 'cases', on_delete: 'CASCADE' }]);

      await db
        .insertInto('cases')
        .values({ id: 'C', case_number: null, name: '案', agency: null, act_type: null })
        .execute();
      const row = {
        id: 'A',
        case_id: 'C',
        document_id: 'GONE',
        document_sha256: 'f'.repeat(64),
        document_title: '决定书',
        kind: 'highlight' as const,
        page_index: 0,
        anchor: '{}',
        quote: 'x',
        category: '问题',
        author_name: '王',
      };
      await db.insertInto('annotations').values(row).execute();
      await expect(
        db
          .insertInto('annotations')
          .values({ ...row, id: 'B', kind: 'scribble' as never })
          .execute(),
      ).rejects.toThrow(/CHECK/);
      const stored = await db
        .selectFrom('annotations')
        .selectAll()
        .where('id', '=', 'A')
        .executeTakeFirstOrThrow();
      expect(stored).toMatchObject({
        body: '',
        author_unit: '',
        item_codes: '[]',
        rule_ids: '[]',
        deleted_at: null,
      });
      expect(stored.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);

      await db.deleteFrom('cases').where('id', '=', 'C').execute();
      expect(await db.selectFrom('annotations').selectAll().execute()).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
