import type { ArgsOf, MethodName, ResultOf, TaskState } from '../../preload/contract';
import type { BrowserModeApp } from './browser-mode';

/**
 * Calls the real API of a browser-mode instance the way a script would (bearer
 * token, JSON), for test set-up that the spec does not exercise through the UI.
 * A failed call throws with the error code and the Chinese message.
 */
export async function callApi<M extends MethodName>(
  app: BrowserModeApp,
  method: M,
  args: ArgsOf<M>,
): Promise<ResultOf<M>> {
  const res = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
  });
  const result = (await res.json()) as {
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: string };
  };
  if (!result.ok) throw new Error(`${method}: ${result.error?.code} ${result.error?.message}`);
  return result.value as ResultOf<M>;
}

/** Polls a task until it is no longer running. */
export async function waitForTask(app: BrowserModeApp, task: TaskState): Promise<TaskState> {
  let state = task;
  while (state.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 100));
    state = await callApi(app, 'tasks.get', { id: state.id });
  }
  return state;
}

/** Imports files into a case through the real upload route and import task; throws unless every file imported. */
export async function importFiles(
  app: BrowserModeApp,
  caseId: string,
  files: Record<string, Uint8Array>,
): Promise<void> {
  const { batchId } = await callApi(app, 'imports.newBatch', {});
  for (const [name, body] of Object.entries(files)) {
    const res = await fetch(`${app.origin}/upload?batch=${batchId}&path=${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array(body),
    });
    if (res.status !== 200) throw new Error(`upload of ${name} failed: HTTP ${res.status}`);
  }
  const task = await waitForTask(
    app,
    await callApi(app, 'imports.start', { batchId, mode: 'files', caseId }),
  );
  if (task.status !== 'done') throw new Error(`import task ended as ${task.status}`);
}
