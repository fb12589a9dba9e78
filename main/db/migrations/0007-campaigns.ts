import { sql, type Kysely, type Migration } from 'kysely';

const NOW = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * Review campaigns (评查活动, docs/campaigns.md):
 * - `campaigns`: settings of one campaign; JSON columns are validated by the
 *   contract's zod schemas before they are written.
 * - `campaign_members`: the panel (评查组), each with a unit for 回避.
 * - `campaign_samples`: every confirmed draw with its seed and parameters, so
 *   the draw can be reproduced and audited.
 * - `campaign_cases`: the dossiers in the campaign; removal is soft (the reason
 *   stays on the row).
 * - `campaign_assignments`: dossier × reviewer; `review_id` links the reviewer's
 *   own `reviews` row once it exists (no two reviewers share a row).
 * - `campaign_results`: the leader's consolidation per dossier; the consolidated
 *   review is a normal submitted `reviews` row, locked with a content hash.
 */
export const campaigns: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('campaigns')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('batch', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('scope', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('standards', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('grade_bands', 'text')
      .addColumn('deadlines', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('reviewers_per_case', 'integer', (c) => c.notNull().defaultTo(2))
      .addColumn('review_threshold', 'real', (c) => c.notNull().defaultTo(10))
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('active')
          .check(sql`status in ('active', 'closed')`),
      )
      .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .execute();

    await db.schema
      .createTable('campaign_members')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('role', 'text', (c) =>
        c
          .notNull()
          .defaultTo('member')
          .check(sql`role in ('leader', 'member')`),
      )
      .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .addUniqueConstraint('campaign_members_identity', ['campaign_id', 'name', 'unit'])
      .execute();

    await db.schema
      .createTable('campaign_samples')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
      .addColumn('seed', 'text', (c) => c.notNull())
      .addColumn('params', 'text', (c) => c.notNull())
      .addColumn('case_ids', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .execute();

    await db.schema
      .createTable('campaign_cases')
      .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('sampled', 'manual')`))
      .addColumn('sample_id', 'text', (c) => c.references('campaign_samples.id'))
      .addColumn('stratum', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('added_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .addColumn('removed_at', 'text')
      .addColumn('removed_reason', 'text')
      .addPrimaryKeyConstraint('campaign_cases_pk', ['campaign_id', 'case_id'])
      .execute();

    await db.schema
      .createTable('campaign_assignments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('member_id', 'text', (c) =>
        c.notNull().references('campaign_members.id').onDelete('cascade'),
      )
      .addColumn('review_id', 'text', (c) => c.references('reviews.id').onDelete('set null'))
      .addColumn('override', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('override_reason', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .addUniqueConstraint('campaign_assignments_once', ['campaign_id', 'case_id', 'member_id'])
      .execute();
    await sql`create index campaign_assignments_member on campaign_assignments (member_id)`.execute(db);
    await sql`create index campaign_assignments_review on campaign_assignments (review_id)`.execute(db);

    await db.schema
      .createTable('campaign_results')
      .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id').onDelete('cascade'))
      .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').onDelete('cascade'))
      .addColumn('review_id', 'text', (c) => c.references('reviews.id').onDelete('set null'))
      .addColumn('decisions', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('content_hash', 'text')
      .addColumn('locked_at', 'text')
      .addColumn('locked_by', 'text')
      .addColumn('reopen_history', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(NOW))
      .addPrimaryKeyConstraint('campaign_results_pk', ['campaign_id', 'case_id'])
      .execute();
    await sql`create index campaign_results_review on campaign_results (review_id)`.execute(db);
  },
};
