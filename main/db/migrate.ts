import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { AppError } from '../../preload/contract/app-error';

const MIGRATION_TABLE = 'kysely_migration';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Names of migrations already applied to this database file. */
export async function appliedMigrations(db: AnyDb): Promise<string[]> {
  const exists = await sql<{
    n: number;
  }>`select count(*) as n from sqlite_master where type = 'table' and name = ${MIGRATION_TABLE}`.execute(db);
  if (!exists.rows[0]?.n) return [];
  const rows = await sql<{
    name: string;
  }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/**
 * Applies pending migrations as one transaction (all or nothing). Refuses a
 * database that has migrations this build does not know: it was written by a
 * newer Pingcha and downgrading could corrupt it.
 */
export async function migrateToLatest(db: AnyDb, migrations: Record<string, Migration>): Promise<number> {
  const applied = await appliedMigrations(db);
  const unknown = applied.filter((name) => !Object.hasOwn(migrations, name));
  if (unknown.length > 0) {
    throw new AppError(
      'E_DB_TOO_NEW',
      `数据库由更新版本的 Pingcha 创建（未知的结构版本：${unknown.join('、')}），本程序不能打开。请升级 Pingcha，或指定另一个数据目录。`,
      { unknownMigrations: unknown },
    );
  }
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    throw new AppError(
      'E_INTERNAL',
      `数据库升级失败，已全部回滚，数据未改动：${String((error as Error).message ?? error)}`,
    );
  }
  return (await appliedMigrations(db)).length;
}
