import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql, type Kysely, type Migration } from 'kysely';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../main/db/open-database';
import { migrations, LATEST_SCHEMA_VERSION } from '../../../main/db/migrations';
import { makeTempDir } from '../../helpers/temp-dir';
import { AppError } from '../../../preload/contract/app-error';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const tables = async (db: Kysely<any>) =>
  (
    await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(db)
  ).rows.map((r) => r.name);

const createTable = (name: string): Migration => ({
  up: async (db) => {
    await db.schema.createTable(name).addColumn('id', 'integer').execute();
  },
});

describe('migrations', () => {
  it('creates a fresh database at the latest schema version', async () => {
    const opened = await openDatabase(join(temp.dir, 'a.sqlite'));
    expect(opened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(await tables(opened.db)).toContain('settings');
    await opened.close();
  });

  it('is idempotent when opened again', async () => {
    const path = join(temp.dir, 'a.sqlite');
    await (await openDatabase(path)).close();
    const again = await openDatabase(path);
    expect(again.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    await again.close();
  });

  it('leaves no trace when one migration of the batch fails', async () => {
    const path = join(temp.dir, 'b.sqlite');
    const failing: Migration = {
      up: async (db) => {
        await db.schema.createTable('half_done').addColumn('id', 'integer').execute();
        throw new Error('migration exploded');
      },
    };
    await expect(
      openDatabase(path, { migrations: { '0001_a': createTable('first_table'), '0002_b': failing } }),
    ).rejects.toThrow(/回滚/);
    const reopened = await openDatabase(path, { migrations: {} });
    const names = await tables(reopened.db);
    expect(names).not.toContain('first_table');
    expect(names).not.toContain('half_done');
    const applied = await sql<{ n: number }>`select count(*) as n from kysely_migration`.execute(reopened.db);
    expect(applied.rows[0]?.n).toBe(0);
    await reopened.close();
  });

  it('refuses a database written by a newer version, without changing it', async () => {
    const path = join(temp.dir, 'c.sqlite');
    const newer = { ...migrations, '9999_future': createTable('future_table') };
    await (await openDatabase(path, { migrations: newer })).close();
    const error = await openDatabase(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('E_DB_TOO_NEW');
    expect((error as AppError).message).toContain('9999_future');
    const still = await openDatabase(path, { migrations: newer });
    expect(await tables(still.db)).toContain('future_table');
    await still.close();
  });

  it('reports a file that is not a database as corrupt', async () => {
    const path = join(temp.dir, 'garbage.sqlite');
    writeFileSync(path, Buffer.alloc(8192, 0x5a));
    const error = await openDatabase(path).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('E_DB_CORRUPT');
    expect((error as AppError).message).toContain(path);
  });
});
