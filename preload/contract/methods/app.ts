import { z } from 'zod';
import { defineMethod } from '../define-method';

export type AppMode = 'electron' | 'browser' | 'cli' | 'test';

export interface AppInfo {
  name: string;
  version: string;
  mode: AppMode;
  dataDir: string;
  dbPath: string;
  platform: string;
}

export interface AppHealth {
  /** false when the database could not be opened; `problem` says why. */
  dbOk: boolean;
  problem?: { code: 'E_DB_CORRUPT' | 'E_DB_TOO_NEW' | 'E_INTERNAL'; message: string };
  schemaVersion: number;
  latestSchemaVersion: number;
  sqliteVersion: string;
  fts5: boolean;
  quickCheck: string;
}

const noArgs = z.object({}).strict();

export const appMethods = {
  'app.info': defineMethod<AppInfo>()(noArgs),
  'app.health': defineMethod<AppHealth>()(noArgs),
};
