import type { AppHealth, AppInfo } from '../../../preload/contract/methods/app';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { hasFts5, quickCheck, sqliteVersion } from '../../db/probe';
import type { Runtime } from '../../runtime/runtime';

/** App identity and database health, for the About page and `cli doctor`. */
export function createSystemService(runtime: Runtime) {
  return {
    info(): AppInfo {
      return runtime.info;
    },

    async health(): Promise<AppHealth> {
      const base = { schemaVersion: runtime.schemaVersion, latestSchemaVersion: LATEST_SCHEMA_VERSION };
      const problem = runtime.dbProblem;
      if (problem) {
        const code =
          problem.code === 'E_DB_CORRUPT' || problem.code === 'E_DB_TOO_NEW' ? problem.code : 'E_INTERNAL';
        return {
          ...base,
          dbOk: false,
          problem: { code, message: problem.message },
          sqliteVersion: '',
          fts5: false,
          quickCheck: '',
        };
      }
      const db = runtime.db();
      return {
        ...base,
        dbOk: true,
        sqliteVersion: await sqliteVersion(db),
        fts5: await hasFts5(db),
        quickCheck: await quickCheck(db),
      };
    },
  };
}

export type SystemService = ReturnType<typeof createSystemService>;
