import type { ParseArgsConfig } from 'node:util';
import { AppError } from '../../../../preload/contract/app-error';
import type { ArgsOf, MethodName, ResultOf } from '../../../../preload/contract';
import type { OpenedApi } from '../../../api/open-api';
import type { CliIo } from '../../cli-io';

/**
 * One `campaign <sub>` command. Subcommands live in their own files and are
 * listed in ./index.ts (part B adds export-bundle / import-bundle there).
 */
export interface CampaignSubcommand {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(ctx: {
    api: OpenedApi;
    values: Record<string, string | boolean | string[] | undefined>;
    positionals: string[];
    io: CliIo;
  }): Promise<number>;
}

/** Calls a method through the router (the same validation as the UI); failures become AppErrors. */
export async function callApi<M extends MethodName>(
  api: OpenedApi,
  method: M,
  args: ArgsOf<M>,
): Promise<ResultOf<M>> {
  const result = await api.router.dispatch(method, args, { transport: 'cli' });
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
  return result.value as ResultOf<M>;
}

/** `姓名@单位` → { name, unit }. */
export function parsePerson(text: string): { name: string; unit: string } {
  const at = text.indexOf('@');
  return at < 0
    ? { name: text.trim(), unit: '' }
    : { name: text.slice(0, at).trim(), unit: text.slice(at + 1).trim() };
}

export const list = (v: string | boolean | string[] | undefined): string[] =>
  Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
