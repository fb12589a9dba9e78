import sqlite3 from 'sqlite3';
import { Kysely, sql } from 'kysely';
import { NodeSqlite3Dialect } from './dialect/node-sqlite3-dialect';
import { migrateToLatest } from './migrate';
import { migrations as defaultMigrations } from './migrations';
import type { DB } from './schema';
import { AppError } from '../../preload/contract/app-error';
import type { Migration } from 'kysely';

export interface OpenedDatabase {
  db: Kysely<DB>;
  schemaVersion: number;
  close(): Promise<void>;
}

/** Per-connection settings; WAL lets readers continue while a write commits. */
const PRAGMAS = ['journal_mode = WAL', 'synchronous = NORMAL', 'foreign_keys = ON', 'busy_timeout = 5000'];

const CORRUPTION_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT']);

function openRaw(path: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const raw = new sqlite3.Database(path, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE, (error) =>
      error ? reject(error) : resolve(raw),
    );
  });
}

const corrupt = (path: string, reason: string) =>
  new AppError(
    'E_DB_CORRUPT',
    `数据库文件已损坏，无法打开：${path}（${reason}）。请从备份恢复该文件，或改用另一个数据目录；程序不会改动这个文件。`,
    { path, reason },
  );

/**
 * Opens (creating if needed) the database, applies PRAGMAs, runs `quick_check`
 * and migrations. Throws AppError E_DB_CORRUPT / E_DB_TOO_NEW with a clear message.
 */
export async function openDatabase(
  path: string,
  options: { migrations?: Record<string, Migration> } = {},
): Promise<OpenedDatabase> {
  const raw = await openRaw(path);
  const db = new Kysely<DB>({ dialect: new NodeSqlite3Dialect(raw) });
  try {
    for (const pragma of PRAGMAS) await sql.raw(`pragma ${pragma}`).execute(db);
    const check = await sql<{ quick_check: string }>`pragma quick_check`.execute(db);
    const verdict = check.rows.map((r) => r.quick_check).join('; ');
    if (verdict !== 'ok') throw corrupt(path, verdict);
    const schemaVersion = await migrateToLatest(db, options.migrations ?? defaultMigrations);
    return { db, schemaVersion, close: () => db.destroy() };
  } catch (error) {
    await db.destroy().catch(() => undefined);
    const code = (error as { code?: string }).code;
    if (code && CORRUPTION_CODES.has(code)) throw corrupt(path, (error as Error).message);
    throw error;
  }
}
