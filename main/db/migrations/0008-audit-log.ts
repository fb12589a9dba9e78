import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Audit trail (审计日志, docs/audit.md): one append-only table of changes to
 * reviews, assignments, standard versions and campaign settings.
 *
 * Each workstation (`origin`, a ULID kept in settings) writes its own chain:
 * `seq` counts 1, 2, 3… per origin and `hash` = SHA-256 over the entry and the
 * previous entry's hash, so editing or removing any row breaks the chain.
 * Entries imported from another workstation keep their origin, seq and hash
 * (no re-chaining), which makes imports idempotent and verifiable.
 * `id` is only the local insertion order and is not hashed.
 */
export const auditLog: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('actor_name', 'text', (c) => c.notNull())
      .addColumn('actor_unit', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('actor_role', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity_type', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('old_value', 'text')
      .addColumn('new_value', 'text')
      .addColumn('reason', 'text')
      .addColumn('prev_hash', 'text', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addUniqueConstraint('audit_log_origin_seq', ['origin', 'seq'])
      .execute();
    await sql`create index audit_log_entity on audit_log (entity_type, entity_id)`.execute(db);
    // Append-only: the application never changes or removes an entry. The
    // triggers stop accidents; the hash chain detects deliberate edits made
    // around them (docs/audit.md, "What the chain proves").
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  },
};
