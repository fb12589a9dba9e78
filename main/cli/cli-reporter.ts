import type { TaskReporter } from '../services/tasks/task-registry';
import type { CliIo } from './cli-io';

/** Progress of a headless job on stderr, one line per finished item; Ctrl-C cancels cleanly. */
export function cliReporter(io: CliIo): TaskReporter & { dispose(): void } {
  const controller = new AbortController();
  const onSigint = () => {
    io.err('正在取消… / cancelling…');
    controller.abort();
  };
  process.once('SIGINT', onSigint);
  let total = 0;
  let done = 0;
  return {
    signal: controller.signal,
    setTotal: (n) => void (total = n),
    step: () => undefined,
    finishItem: (level, text) => {
      done++;
      io.err(`[${done}/${total}] ${level === 'ok' ? '✓' : level === 'skip' ? '–' : '✗'} ${text}`);
    },
    dispose: () => process.off('SIGINT', onSigint),
  };
}
