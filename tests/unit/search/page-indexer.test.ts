import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../main/db/open-database';
import { createBackgroundIndexer } from '../../../main/services/search/page-indexer';
import { makeTempDir } from '../../helpers/temp-dir';

let temp: { dir: string; cleanup: () => void };
let opened: OpenedDatabase;

beforeEach(async () => {
  temp = makeTempDir('pingcha-indexer-');
  opened = await openDatabase(join(temp.dir, 'db.sqlite'));
  await opened.db.insertInto('cases').values({ id: 'C1', name: '案' }).execute();
  await opened.db
    .insertInto('documents')
    .values({
      id: 'D1',
      case_id: 'C1',
      position: 0,
      file_name: 'a.pdf',
      sha256: '0'.repeat(64),
      size: 1,
      detected_type: 'pdf',
      doc_type: null,
      doc_type_confidence: null,
      page_count: 0,
      title: null,
      author: null,
      created: null,
      text_status: 'ok',
      error: null,
    })
    .execute();
});

afterEach(async () => {
  await opened.close();
  temp.cleanup();
});

async function addPendingPages(from: number, count: number) {
  await opened.db
    .insertInto('document_pages')
    .values(
      Array.from({ length: count }, (_, i) => ({
        document_id: 'D1',
        page_index: from + i,
        text: `第${from + i}页 行政处罚`,
        has_text: 1 as const,
        indexed: 0 as const,
      })),
    )
    .execute();
}

const ftsRows = async () =>
  Number((await sql<{ n: number }>`select count(*) as n from page_fts`.execute(opened.db)).rows[0]?.n);
const pending = async () =>
  (await opened.db.selectFrom('document_pages').select('id').where('indexed', '=', 0).execute()).length;

it('indexes pending pages in the background, in batches, exactly once each', async () => {
  await addPendingPages(0, 450);
  const indexer = createBackgroundIndexer(() => opened.db);
  indexer.kick();
  indexer.kick(); // a second kick while running must not start a parallel run
  // Nothing happens synchronously: the import that kicked returns first.
  expect(await pending()).toBe(450);
  await indexer.idle();
  expect(await pending()).toBe(0);
  expect(await ftsRows()).toBe(450);
});

it('picks up pages added while a run is going', async () => {
  await addPendingPages(0, 250);
  const indexer = createBackgroundIndexer(() => opened.db);
  indexer.kick();
  await addPendingPages(250, 10);
  indexer.kick();
  await indexer.idle();
  expect(await pending()).toBe(0);
  expect(await ftsRows()).toBe(260);
});

it('reports a failure instead of throwing, leaving the pages pending for the next try', async () => {
  await addPendingPages(0, 3);
  await sql`create trigger refuse before update of indexed on document_pages
    begin select raise(abort, 'disk full'); end`.execute(opened.db);
  const errors: unknown[] = [];
  const indexer = createBackgroundIndexer(
    () => opened.db,
    (error) => errors.push(error),
  );
  indexer.kick();
  await indexer.idle();
  expect(String(errors[0])).toContain('disk full');
  expect(await pending()).toBe(3);
  expect(await ftsRows()).toBe(0);
  await sql`drop trigger refuse`.execute(opened.db);
  indexer.kick();
  await indexer.idle();
  expect(await pending()).toBe(0);
});
