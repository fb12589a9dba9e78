import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The full case record (案卷): procedure, party, key dates, penalty, officers,
 * tags, review status, and a soft-delete marker so a deleted case can be
 * restored (undo). JSON arrays are stored as text and read with json_each.
 */
export const caseRecords: Migration = {
  async up(db: Kysely<unknown>) {
    const columns: [string, string][] = [
      ['sector', "text not null default ''"],
      ['procedure', 'text'],
      ['party_name', "text not null default ''"],
      ['party_kind', 'text'],
      ['party_id_number', "text not null default ''"],
      ['filed_date', 'text'],
      ['decided_date', 'text'],
      ['served_date', 'text'],
      ['closed_date', 'text'],
      ['penalty_types', "text not null default '[]'"],
      ['penalty_amount', 'real'],
      ['officers', "text not null default '[]'"],
      ['tags', "text not null default '[]'"],
      ['notes', "text not null default ''"],
      ['status', "text not null default '待评查'"],
      ['deleted_at', 'text'],
    ];
    for (const [name, definition] of columns) {
      await sql.raw(`alter table cases add column ${name} ${definition}`).execute(db);
    }
    // The list screen filters live cases and sorts by these; 50,000 cases must stay fluid.
    await sql`create index cases_live_updated on cases (deleted_at, updated_at)`.execute(db);
    await sql`create index cases_agency on cases (agency)`.execute(db);
    await sql`create index cases_act_type on cases (act_type)`.execute(db);
    await sql`create index cases_decided on cases (decided_date)`.execute(db);
    await sql`create index cases_number on cases (case_number)`.execute(db);
  },
};
