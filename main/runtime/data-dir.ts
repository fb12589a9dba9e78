import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Folder name under the OS application-data folder; Electron's userData is set to the same path. */
export const APP_DIR_NAME = 'Pingcha';

/** The OS application-data folder, as Electron's `app.getPath('appData')` computes it. */
export function osAppDataDir(
  platform: NodeJS.Platform = process.platform,
  env = process.env,
  home = homedir(),
): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(home, '.config');
}

/**
 * Where the database and blobs live: `--data-dir` wins, then `PINGCHA_DATA_DIR`,
 * then the default (Electron's userData, or its equivalent in browser mode and CLI).
 */
export function resolveDataDir(options: {
  flag?: string | undefined;
  env?: NodeJS.ProcessEnv;
  defaultDir?: string;
}): string {
  const env = options.env ?? process.env;
  const chosen =
    options.flag || env.PINGCHA_DATA_DIR || options.defaultDir || join(osAppDataDir(), APP_DIR_NAME);
  return resolve(chosen);
}

export const dbPathIn = (dataDir: string) => join(dataDir, 'pingcha.sqlite');
export const blobsDirIn = (dataDir: string) => join(dataDir, 'blobs');
