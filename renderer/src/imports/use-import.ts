import { useCallback, useRef, useState } from 'react';
import type { TaskState } from '../../../preload/contract/methods/tasks';
import { api } from '../api/api-client';
import { ApiCallError, callOrThrow } from '../api/call-or-throw';
import { uploadBatch, type FileToUpload } from './upload-batch';

export type ImportMode = 'files' | 'folder' | 'manifest';

export interface ImportRun {
  phase: 'uploading' | 'importing' | 'finished';
  uploaded: number;
  totalFiles: number;
  task?: TaskState;
  error?: string;
}

const POLL_MS = 300;

/** Upload → import task → poll to the end; cancel works in both phases. */
export function useImport(onFinished: (task: TaskState | undefined) => void) {
  const [run, setRun] = useState<ImportRun | null>(null);
  const abort = useRef<AbortController | null>(null);
  const taskId = useRef<string | null>(null);

  const start = useCallback(
    async (files: FileToUpload[], mode: ImportMode, caseId?: string) => {
      const controller = new AbortController();
      abort.current = controller;
      taskId.current = null;
      setRun({ phase: 'uploading', uploaded: 0, totalFiles: files.length });
      try {
        const batchId = await uploadBatch(
          files,
          (uploaded) => setRun((r) => (r ? { ...r, uploaded } : r)),
          controller.signal,
        );
        let task = await callOrThrow('imports.start', { batchId, mode, ...(caseId ? { caseId } : {}) });
        taskId.current = task.id;
        while (task.status === 'running') {
          setRun((r) => (r ? { ...r, phase: 'importing', task } : r));
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          task = await callOrThrow('tasks.get', { id: task.id });
        }
        setRun((r) => (r ? { ...r, phase: 'finished', task } : r));
        onFinished(task);
      } catch (error) {
        const message = error instanceof ApiCallError ? error.message : String(error);
        setRun((r) => (r ? { ...r, phase: 'finished', error: message } : r));
        onFinished(undefined);
      }
    },
    [onFinished],
  );

  const cancel = useCallback(() => {
    abort.current?.abort();
    if (taskId.current) void api.call('tasks.cancel', { id: taskId.current });
  }, []);

  return { run, start, cancel, close: () => setRun(null) };
}
