import type { CliIo } from '../../main/cli/cli-io';
import { runCli } from '../../main/cli/run-cli';

/** Runs the CLI in this process on `dataDir` (appended as `--data-dir`), capturing what it prints. */
export async function runCliCaptured(
  dataDir: string,
  argv: string[],
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line) };
  const code = await runCli([...argv, '--data-dir', dataDir], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
