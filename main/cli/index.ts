/** Headless entry: `npm run cli -- <command>`. */
import { processIo } from './cli-io';
import { runCli } from './run-cli';

runCli(process.argv.slice(2), processIo).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('内部错误 / internal error:', error);
    process.exit(1);
  },
);
