import { parseArgs, type ParseArgsConfig } from 'node:util';
import { openApi, type OpenedApi } from '../api/open-api';
import { resolveDataDir } from '../runtime/data-dir';
import { UsageError } from './cli-io';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `argv` (with the shared --data-dir option), opens the services, runs `body`, always closes. */
export async function withApi<T>(
  argv: string[],
  options: Options,
  body: (
    api: OpenedApi,
    values: Record<string, string | boolean | undefined>,
    positionals: string[],
  ) => Promise<T>,
): Promise<T> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { 'data-dir': { type: 'string' }, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const dataDir = resolveDataDir({ flag: values['data-dir'] as string | undefined });
  const api = await openApi({ dataDir, mode: 'cli' });
  try {
    return await body(api, values, parsed.positionals);
  } finally {
    await api.close();
  }
}
