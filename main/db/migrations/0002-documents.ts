import { sql, type Kysely, type Migration } from 'kysely';

const NOW = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * Cases (minimal; the full case model comes later), imported documents, their
 * per-page text, and the Chinese full-text index.
 *
 * `page_fts` is a contentless FTS5 table fed with bigram-split text (see
 * main/services/search/bigram.ts): FTS5's trigram tokenizer silently returns
 * nothing for 1-2 character queries such as 罚款 or 听证. Its rowid is
 * `document_pages.id`; snippets come from `document_pages.text`.
 * `contentless_delete=1` (SQLite >= 3.43) allows plain DELETE by rowid, which the
 * trigger uses so that deleting a document (cascade) also empties the index.
 */
export const documents: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('cases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_number', 'text')
      .addColumn('name', 'text')
      .addColumn('agency', 'text')
      .addColumn('act_type', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .execute();

    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('detected_type', 'text', (c) => c.notNull())
      .addColumn('doc_type', 'text')
      .addColumn('doc_type_confidence', 'real')
      .addColumn('page_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('title', 'text')
      .addColumn('author', 'text')
      .addColumn('created', 'text')
      .addColumn('text_status', 'text', (c) =>
        c.notNull().check(sql`text_status in ('ok', 'partial', 'none', 'failed')`),
      )
      .addColumn('error', 'text')
      .addColumn('warnings', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('imported_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .addUniqueConstraint('documents_case_sha256_unique', ['case_id', 'sha256'])
      .execute();
    await db.schema
      .createIndex('documents_case_position')
      .on('documents')
      .columns(['case_id', 'position'])
      .execute();
    await db.schema.createIndex('documents_sha256').on('documents').column('sha256').execute();

    await db.schema
      .createTable('document_pages')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('page_index', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('has_text', 'integer', (c) => c.notNull().check(sql`has_text in (0, 1)`))
      .addUniqueConstraint('document_pages_document_page_unique', ['document_id', 'page_index'])
      .execute();

    await sql`create virtual table page_fts using fts5(
      body,
      content = '',
      contentless_delete = 1,
      prefix = '1',
      tokenize = 'unicode61 remove_diacritics 0'
    )`.execute(db);
    await sql`create trigger document_pages_fts_delete after delete on document_pages begin
      delete from page_fts where rowid = old.id;
    end`.execute(db);
  },
};
