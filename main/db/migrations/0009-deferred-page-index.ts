import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The full-text index is built after a document's rows commit, not inside the
 * import transaction: bigram splitting and FTS5 inserts were ~70 % of an
 * import's cost (docs/benchmarks.md). `indexed = 0` marks a page whose text is
 * not yet in `page_fts`; the partial index makes "what is pending" a cheap
 * lookup, and because the flag lives in the database a crash between import and
 * indexing loses nothing: pending pages are indexed at the next start or search.
 * Existing rows were indexed in their import transaction, hence the default 1.
 */
export const deferredPageIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`alter table document_pages add column indexed integer not null default 1
      check (indexed in (0, 1))`.execute(db);
    await sql`create index document_pages_pending on document_pages (id) where indexed = 0`.execute(db);
  },
};
