import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { join } from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../../main/db/open-database';
import type { DB } from '../../../main/db/schema';
import { makeTempDir } from '../../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
let opened: OpenedDatabase;
let db: Kysely<DB>;

const keys = async () =>
  (await db.selectFrom('settings').select('key').orderBy('key').execute()).map((r) => r.key);

beforeEach(async () => {
  temp = makeTempDir();
  opened = await openDatabase(join(temp.dir, 'test.sqlite'));
  db = opened.db;
});
afterEach(async () => {
  await opened.close();
  temp.cleanup();
});

describe('node-sqlite3 Kysely driver', () => {
  it('applies the per-connection PRAGMAs', async () => {
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    const timeout = await sql<{ timeout: number }>`pragma busy_timeout`.execute(db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    expect(fk.rows[0]?.foreign_keys).toBe(1);
    expect(timeout.rows[0]?.timeout).toBe(5000);
  });

  it('reports affected rows for writes and returns rows for `returning`', async () => {
    const inserted = await db
      .insertInto('settings')
      .values({ key: 'a', value: '1', updated_at: 'x' })
      .executeTakeFirst();
    expect(inserted.numInsertedOrUpdatedRows).toBe(1n);
    const returned = await db
      .updateTable('settings')
      .set({ value: '2' })
      .where('key', '=', 'a')
      .returning(['key', 'value'])
      .execute();
    expect(returned).toEqual([{ key: 'a', value: '2' }]);
  });

  it('commits a transaction', async () => {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('settings').values({ key: 'committed', value: 'v', updated_at: 'x' }).execute();
    });
    expect(await keys()).toEqual(['committed']);
  });

  it('rolls back everything when the transaction body throws', async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('settings').values({ key: 'lost', value: 'v', updated_at: 'x' }).execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await keys()).toEqual([]);
  });

  it('rolls back to a savepoint and keeps the rest of the transaction', async () => {
    const trx = await db.startTransaction().execute();
    await trx.insertInto('settings').values({ key: 'kept', value: 'v', updated_at: 'x' }).execute();
    const sp = await trx.savepoint('sp1').execute();
    await sp.insertInto('settings').values({ key: 'undone', value: 'v', updated_at: 'x' }).execute();
    const back = await sp.rollbackToSavepoint('sp1').execute();
    await back.commit().execute();
    expect(await keys()).toEqual(['kept']);
  });

  it('serializes concurrent transactions on the single connection', async () => {
    const order: string[] = [];
    const slowWriter = (name: string) =>
      db.transaction().execute(async (trx) => {
        order.push(`${name}:start`);
        const current = await trx
          .selectFrom('settings')
          .select('value')
          .where('key', '=', 'counter')
          .executeTakeFirst();
        await new Promise((r) => setTimeout(r, 20));
        const next = String(Number(current?.value ?? '0') + 1);
        await trx
          .insertInto('settings')
          .values({ key: 'counter', value: next, updated_at: 'x' })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: next }))
          .execute();
        order.push(`${name}:end`);
      });
    await Promise.all([slowWriter('a'), slowWriter('b'), slowWriter('c')]);
    const counter = await db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'counter')
      .executeTakeFirst();
    // No lost update: each read-modify-write saw the previous commit.
    expect(counter?.value).toBe('3');
    expect(order).toEqual(['a:start', 'a:end', 'b:start', 'b:end', 'c:start', 'c:end']);
  });

  it('rejects an invalid savepoint name instead of building SQL from it', async () => {
    const trx = await db.startTransaction().execute();
    await expect(trx.savepoint('x; drop table settings').execute()).rejects.toThrow(/savepoint/i);
    await trx.rollback().execute();
  });
});
