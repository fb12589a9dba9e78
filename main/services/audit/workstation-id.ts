import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { DB } from '../../db/schema';

export const WORKSTATION_KEY = 'audit.workstationId';

/**
 * This data directory's workstation id: the origin of its audit chain. Made
 * once (first audited change) and kept in settings; a copied data directory
 * keeps it, which is fine because the copy's chain continues from the same
 * entries. Call inside the caller's transaction so two writers cannot both
 * create one.
 */
export async function workstationId(trx: Kysely<DB>): Promise<string> {
  const row = await trx
    .selectFrom('settings')
    .select('value')
    .where('key', '=', WORKSTATION_KEY)
    .executeTakeFirst();
  if (row) return row.value;
  const id = ulid();
  await trx
    .insertInto('settings')
    .values({ key: WORKSTATION_KEY, value: id, updated_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const stored = await trx
    .selectFrom('settings')
    .select('value')
    .where('key', '=', WORKSTATION_KEY)
    .executeTakeFirstOrThrow();
  return stored.value;
}

/** The id if one was made already, without creating it (read-only callers such as verification). */
export async function peekWorkstationId(db: Kysely<DB>): Promise<string> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', WORKSTATION_KEY)
    .executeTakeFirst();
  return row?.value ?? '';
}
