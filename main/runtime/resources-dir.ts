import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The bundled data folder (built-in standards, schemas, fonts). This module
 * sits two levels below the repository root in every layout: main/runtime/
 * when run from source (tsx, tests), out/main/ when bundled for Electron, and
 * the same inside app.asar, whose reads Electron serves transparently.
 * PINGCHA_RESOURCES_DIR overrides it.
 */
export function resolveResourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PINGCHA_RESOURCES_DIR) return resolve(env.PINGCHA_RESOURCES_DIR);
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  const candidate = join(here, '..', '..', 'resources');
  if (!existsSync(candidate))
    throw new Error(`资源目录不存在：${candidate}（可用 PINGCHA_RESOURCES_DIR 指定）`);
  return candidate;
}
