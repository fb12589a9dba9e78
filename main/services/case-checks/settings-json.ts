import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

/** A JSON document kept in the `settings` table with a version counter (optimistic concurrency). */
export interface VersionedJson {
  /** 0 when never saved (built-in defaults). */
  readonly revision: number;
  readonly value: unknown;
  readonly updatedAt: string | null;
}

interface Envelope {
  revision: number;
  value: unknown;
}

const isEnvelope = (v: unknown): v is Envelope =>
  typeof v === 'object' && v !== null && typeof (v as Envelope).revision === 'number' && 'value' in v;

/** Reads a versioned JSON setting; a missing or unreadable row counts as never saved. */
export async function readSettingJson(db: Kysely<DB>, key: string): Promise<VersionedJson> {
  const row = await db
    .selectFrom('settings')
    .select(['value', 'updated_at'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) return { revision: 0, value: undefined, updatedAt: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.value);
  } catch {
    return { revision: 0, value: undefined, updatedAt: row.updated_at };
  }
  return isEnvelope(parsed)
    ? { revision: parsed.revision, value: parsed.value, updatedAt: row.updated_at }
    : { revision: 0, value: undefined, updatedAt: row.updated_at };
}

/** Writes a new revision (the caller has validated `value`). Returns the stored revision. */
export async function writeSettingJson(
  db: Kysely<DB>,
  key: string,
  value: unknown,
  revision: number,
): Promise<VersionedJson> {
  const updatedAt = new Date().toISOString();
  const text = JSON.stringify({ revision, value } satisfies Envelope);
  await db
    .insertInto('settings')
    .values({ key, value: text, updated_at: updatedAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: text, updated_at: updatedAt }))
    .execute();
  return { revision, value, updatedAt };
}
