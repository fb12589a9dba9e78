import { sql, type Kysely, type Migration } from 'kysely';

const NOW = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * Annotations (批注) on a case's documents (docs/annotations.md).
 *
 * `document_id` deliberately has NO foreign key: removing a document from the
 * case must not cascade-delete the reviewer's evidence. The annotation keeps the
 * document's SHA-256 and a title snapshot, so it is re-attached to a re-imported
 * document with the same content, and is otherwise shown as orphaned.
 * `deleted_at` is a soft delete so "删除" can be undone.
 */
export const annotations: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('annotations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('document_id', 'text', (c) => c.notNull())
      .addColumn('document_sha256', 'text', (c) => c.notNull())
      .addColumn('document_title', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) =>
        c.notNull().check(sql`kind in ('highlight', 'underline', 'comment', 'area', 'media-note')`),
      )
      .addColumn('page_index', 'integer')
      .addColumn('anchor', 'text', (c) => c.notNull())
      .addColumn('quote', 'text')
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('author_name', 'text', (c) => c.notNull())
      .addColumn('author_unit', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('item_codes', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('rule_ids', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .addColumn('deleted_at', 'text')
      .execute();
    await sql`create index annotations_case on annotations (case_id, deleted_at)`.execute(db);
    await sql`create index annotations_case_sha on annotations (case_id, document_sha256)`.execute(db);
  },
};
