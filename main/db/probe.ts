import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function sqliteVersion(db: AnyDb): Promise<string> {
  const r = await sql<{ v: string }>`select sqlite_version() as v`.execute(db);
  return r.rows[0]?.v ?? 'unknown';
}

/** FTS5 is needed for Chinese full-text search; prove it by creating a table, not by reading compile options. */
export async function hasFts5(db: AnyDb): Promise<boolean> {
  try {
    await sql`create virtual table if not exists temp.pingcha_fts5_probe using fts5(x)`.execute(db);
    await sql`drop table temp.pingcha_fts5_probe`.execute(db);
    return true;
  } catch {
    return false;
  }
}

export async function quickCheck(db: AnyDb): Promise<string> {
  const r = await sql<{ quick_check: string }>`pragma quick_check`.execute(db);
  return r.rows.map((x) => x.quick_check).join('; ');
}
