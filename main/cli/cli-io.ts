/** Output sinks for CLI commands, injectable so commands are unit-tested without spawning. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Exit codes: 0 ok, 1 the command ran but some items failed, 2 usage error. */
export const EXIT = { OK: 0, PARTIAL: 1, USAGE: 2 } as const;

export class UsageError extends Error {}

export interface CliCommand {
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<number>;
}
