import { sql, type Kysely, type Migration } from 'kysely';

const NOW = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * Case facts for the three-system pre-checks (docs/checks.md §2):
 * - `case_facts`: one confirmed facts document per case (JSON validated by
 *   main/services/checks/facts before it is written), with a revision counter.
 * - `fact_proposals`: values extracted from the dossier's page text, each with
 *   its provenance (document, page, quote); the reviewer confirms, corrects or
 *   rejects them — extraction never writes facts on its own.
 * Rule parameters, calendar overrides and rosters live in `settings` as
 * versioned JSON (keys `checks.*`).
 */
export const caseFacts: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('case_facts')
      .addColumn('case_id', 'text', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
      .addColumn('facts', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .execute();

    await db.schema
      .createTable('fact_proposals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('page', 'integer', (c) => c.notNull())
      .addColumn('quote', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('proposed')
          .check(sql`status in ('proposed', 'confirmed', 'rejected')`),
      )
      .addColumn('decided_value', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .addColumn('decided_at', 'text')
      .execute();
    await sql`create index fact_proposals_case on fact_proposals (case_id, status)`.execute(db);
  },
};
