import { AppError } from '../../preload/contract/app-error';
import { EXIT, UsageError, type CliIo } from './cli-io';
import { COMMANDS } from './commands';

function printHelp(io: CliIo) {
  io.out('用法 / usage: npm run cli -- <command> [options]');
  for (const command of Object.values(COMMANDS)) io.out(`  ${command.usage.padEnd(48)} ${command.summary}`);
}

/** Runs one CLI command; returns the exit code (0 ok, 1 partial failure, 2 usage). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    printHelp(io);
    return name ? EXIT.OK : EXIT.USAGE;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`未知命令 / unknown command: ${name}`);
    printHelp(io);
    return EXIT.USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`参数错误 / usage error: ${error.message}`);
      io.err(`用法 / usage: npm run cli -- ${command.usage}`);
      return EXIT.USAGE;
    }
    if (error instanceof AppError) {
      io.err(`${error.code}: ${error.message}`);
      return error.code === 'E_INVALID_ARGS' ? EXIT.USAGE : EXIT.PARTIAL;
    }
    throw error;
  }
}
