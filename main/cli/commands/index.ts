import type { CliCommand } from '../cli-io';
import { doctorCommand } from './doctor';
import { versionCommand } from './version';

/** One entry per command; `npm run cli -- help` lists them. */
export const COMMANDS: Record<string, CliCommand> = {
  version: versionCommand,
  doctor: doctorCommand,
};
