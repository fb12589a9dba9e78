import { mkdirSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { AppInfo, AppMode } from '../../preload/contract/methods/app';
import { AppError } from '../../preload/contract/app-error';
import { openDatabase, type OpenedDatabase } from '../db/open-database';
import type { DB } from '../db/schema';
import { APP_NAME, APP_VERSION } from './app-version';
import { blobsDirIn, dbPathIn } from './data-dir';
import { resolveResourcesDir } from './resources-dir';

/**
 * The process-wide infrastructure every transport shares: data directory and
 * the database. When the database cannot be opened the runtime still starts,
 * so the UI can show a clear fatal-error screen instead of dying.
 */
export interface Runtime {
  readonly info: AppInfo;
  readonly blobsDir: string;
  /** Bundled data: built-in standards, schemas, fonts. */
  readonly resourcesDir: string;
  /** The open database, or throws the AppError (E_DB_CORRUPT / E_DB_TOO_NEW) that prevented opening it. */
  db(): Kysely<DB>;
  readonly dbProblem: AppError | undefined;
  readonly schemaVersion: number;
  close(): Promise<void>;
}

export async function openRuntime(options: { dataDir: string; mode: AppMode }): Promise<Runtime> {
  const { dataDir, mode } = options;
  const dbPath = dbPathIn(dataDir);
  const blobsDir = blobsDirIn(dataDir);
  mkdirSync(blobsDir, { recursive: true });

  let opened: OpenedDatabase | undefined;
  let dbProblem: AppError | undefined;
  try {
    opened = await openDatabase(dbPath);
  } catch (error) {
    dbProblem =
      error instanceof AppError ? error : new AppError('E_INTERNAL', `无法打开数据库：${String(error)}`);
  }

  const info: AppInfo = {
    name: APP_NAME,
    version: APP_VERSION,
    mode,
    dataDir,
    dbPath,
    platform: process.platform,
  };
  return {
    info,
    blobsDir,
    resourcesDir: resolveResourcesDir(),
    dbProblem,
    schemaVersion: opened?.schemaVersion ?? 0,
    db() {
      if (!opened) throw dbProblem ?? new AppError('E_INTERNAL', '数据库未打开');
      return opened.db;
    },
    async close() {
      await opened?.close();
      opened = undefined;
    },
  };
}
