/** Thrown by `guarded` when the document's time budget is used up. */
export class DeadlineExceeded extends Error {
  constructor() {
    super('deadline exceeded');
    this.name = 'DeadlineExceeded';
  }
}

/**
 * Races `promise` against an absolute deadline (ms since epoch) and an abort
 * signal. pdf.js runs its parser on this thread in Node (fake worker) and
 * yields between operations, so this bounds slow documents; it cannot
 * interrupt a synchronous loop inside pdf.js (that needs a worker thread or
 * process with a hard kill — see docs/documents.md).
 */
export function guarded<T>(promise: Promise<T>, deadline: number, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      // The caller destroys the pdf.js task next, which rejects `promise` ("Loading aborted"):
      // consume it, or Node ends the process on an unhandled rejection.
      promise.catch(() => undefined);
      reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      return;
    }
    const timer = setTimeout(() => reject(new DeadlineExceeded()), Math.max(0, deadline - Date.now()));
    const onAbort = () => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    });
  });
}
