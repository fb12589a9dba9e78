import { ulid } from 'ulid';
import { AppError } from '../../../preload/contract/app-error';
import type { TaskState } from '../../../preload/contract/methods/tasks';

export interface TaskReporter {
  readonly signal: AbortSignal;
  setTotal(total: number): void;
  step(current: string): void;
  finishItem(level: TaskState['log'][number]['level'], text: string): void;
}

/** Finished tasks are kept this long for the UI to read their summary. */
const KEEP_FINISHED_MS = 30 * 60 * 1000;
const MAX_LOG_LINES = 5000;

/**
 * Long-running jobs with progress and cancellation, readable through the API
 * by polling (the same in Electron, browser mode and tests).
 */
export function createTaskRegistry(now: () => number = Date.now) {
  const tasks = new Map<string, { state: TaskState; controller: AbortController; finishedAtMs?: number }>();

  const sweep = () => {
    for (const [id, task] of tasks) {
      if (task.finishedAtMs !== undefined && now() - task.finishedAtMs > KEEP_FINISHED_MS) tasks.delete(id);
    }
  };

  const snapshot = (state: TaskState): TaskState => ({ ...state, log: [...state.log] });

  return {
    /** Starts `run` in the background and returns its id at once. */
    start(kind: string, run: (reporter: TaskReporter) => Promise<unknown>): TaskState {
      sweep();
      const controller = new AbortController();
      const state: TaskState = {
        id: ulid(),
        kind,
        status: 'running',
        done: 0,
        total: 0,
        current: '',
        log: [],
        startedAt: new Date(now()).toISOString(),
      };
      const entry: { state: TaskState; controller: AbortController; finishedAtMs?: number } = {
        state,
        controller,
      };
      tasks.set(state.id, entry);
      const reporter: TaskReporter = {
        signal: controller.signal,
        setTotal: (total) => void (state.total = total),
        step: (current) => void (state.current = current),
        finishItem: (level, text) => {
          state.done += 1;
          if (state.log.length < MAX_LOG_LINES) state.log.push({ level, text });
        },
      };
      const finish = (patch: Partial<TaskState>) => {
        Object.assign(state, patch, { current: '', finishedAt: new Date(now()).toISOString() });
        entry.finishedAtMs = now();
      };
      void run(reporter).then(
        (result) => finish({ status: controller.signal.aborted ? 'cancelled' : 'done', result }),
        (error: unknown) =>
          finish(
            error instanceof AppError && error.code === 'E_CANCELLED'
              ? { status: 'cancelled' }
              : {
                  status: 'failed',
                  error: {
                    code: error instanceof AppError ? error.code : 'E_INTERNAL',
                    message: (error as Error)?.message ?? String(error),
                  },
                },
          ),
      );
      return snapshot(state);
    },

    get(id: string): TaskState {
      const task = tasks.get(id);
      if (!task) throw new AppError('E_NOT_FOUND', `任务不存在或已过期：${id}`);
      return snapshot(task.state);
    },

    cancel(id: string): TaskState {
      const task = tasks.get(id);
      if (!task) throw new AppError('E_NOT_FOUND', `任务不存在或已过期：${id}`);
      task.controller.abort();
      return snapshot(task.state);
    },

    /** Resolves when the task is no longer running (tests, CLI). */
    async wait(id: string, pollMs = 20): Promise<TaskState> {
      for (;;) {
        const state = this.get(id);
        if (state.status !== 'running') return state;
        await new Promise((r) => setTimeout(r, pollMs));
      }
    },
  };
}

export type TaskRegistry = ReturnType<typeof createTaskRegistry>;
