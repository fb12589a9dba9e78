import type { TaskState } from '../../../../preload/contract';
import { ApiCallError, callOrThrow } from '../../api/call-or-throw';

const POLL_MS = 300;

/** Polls a started task until it ends; a failed task becomes ApiCallError with its Chinese message. */
export async function runTask<T>(started: TaskState, onProgress?: (task: TaskState) => void): Promise<T> {
  let task = started;
  while (task.status === 'running') {
    onProgress?.(task);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    task = await callOrThrow('tasks.get', { id: task.id });
  }
  if (task.status !== 'done')
    throw new ApiCallError({
      code: (task.error?.code ?? 'E_CANCELLED') as 'E_INTERNAL',
      message: task.error?.message ?? '操作已取消',
    });
  return task.result as T;
}
