import { z } from 'zod';
import { defineMethod } from '../define-method';

export type TaskStatus = 'running' | 'done' | 'failed' | 'cancelled';

/** A long-running job (import, export, …) that the UI polls for progress. */
export interface TaskState {
  id: string;
  kind: string;
  status: TaskStatus;
  /** Overall progress: items finished out of total (total may grow while a job discovers work). */
  done: number;
  total: number;
  /** What is being processed now, e.g. a file name. */
  current: string;
  /** Item-level messages so far (e.g. one per imported file), newest last. */
  log: { level: 'ok' | 'skip' | 'error'; text: string }[];
  /** The job's result when done (shape depends on `kind`). */
  result?: unknown;
  error?: { code: string; message: string };
  startedAt: string;
  finishedAt?: string;
}

const taskId = z.object({ id: z.string().min(1).max(64) }).strict();

export const taskMethods = {
  'tasks.get': defineMethod<TaskState>()(taskId),
  'tasks.cancel': defineMethod<TaskState>()(taskId),
};
