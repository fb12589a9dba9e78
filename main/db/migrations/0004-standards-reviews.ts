import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Scoring standards stored per version, and reviews (评查) of cases against them.
 *
 * - standard_contents: canonical JSON keyed by its SHA-256. Content-addressed so
 *   every review keeps the exact text it was scored against without copying it
 *   10,000 times.
 * - standard_versions: code@version → current content; `locked` once a
 *   submitted review uses it (then it never changes again: edit = new version).
 * - reviews: one row per reviewer per case per standard version.
 * - review_items: the latest result per item (autosaved).
 * - review_history: append-only log of every change, with who and when.
 */
export const standardsReviews: Migration = {
  async up(db: Kysely<unknown>) {
    const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
    await db.schema
      .createTable('standard_contents')
      .addColumn('hash', 'text', (c) => c.primaryKey())
      .addColumn('json', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('standard_versions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull().references('standard_contents.hash'))
      .addColumn('builtin', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
      .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
      .addUniqueConstraint('standard_versions_code_version', ['code', 'version'])
      .execute();
    await db.schema
      .createTable('reviews')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('standard_version_id', 'text', (c) => c.notNull().references('standard_versions.id'))
      .addColumn('standard_hash', 'text', (c) => c.notNull().references('standard_contents.hash'))
      .addColumn('reviewer_name', 'text', (c) => c.notNull())
      .addColumn('reviewer_unit', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('reviewer_role', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
      .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
      .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
      .addColumn('submitted_at', 'text')
      .addColumn('reopened_at', 'text')
      .addColumn('reopen_reason', 'text')
      .execute();
    await sql`create index reviews_case on reviews (case_id, standard_version_id)`.execute(db);
    await sql`create index reviews_version_status on reviews (standard_version_id, status)`.execute(db);
    await db.schema
      .createTable('review_items')
      .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
      .addColumn('item_code', 'text', (c) => c.notNull())
      .addColumn('result', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
      .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
      .addPrimaryKeyConstraint('review_items_pk', ['review_id', 'item_code'])
      .execute();
    await db.schema
      .createTable('review_history')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('review_id', 'text', (c) => c.notNull().references('reviews.id').onDelete('cascade'))
      .addColumn('item_code', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('rule_id', 'text')
      .addColumn('old_value', 'text')
      .addColumn('new_value', 'text')
      .addColumn('reason', 'text')
      .addColumn('actor_name', 'text', (c) => c.notNull())
      .addColumn('actor_unit', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('actor_role', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('at', 'text', (c) => c.notNull().defaultTo(now))
      .execute();
    await sql`create index review_history_review on review_history (review_id, item_code)`.execute(db);
    // Append-only: history rows may be added (and go with their review), never changed.
    await sql`create trigger review_history_no_update before update on review_history
      begin select raise(abort, 'review_history is append-only'); end`.execute(db);
  },
};
