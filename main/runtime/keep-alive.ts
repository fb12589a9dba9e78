/**
 * Node ends the process on an unhandled promise rejection. For the
 * long-running hosts (Electron main, browser mode) one forgotten `.catch` in
 * one request must not take the app and the user's work down: log it and keep
 * serving. (Synchronous uncaught exceptions still end the process, as Node
 * advises: the state after one cannot be trusted.)
 */
export function logInsteadOfCrashing(log: (message: string, error: unknown) => void = console.error): void {
  process.on('unhandledRejection', (reason) =>
    log('[Pingcha] 未处理的异步错误 / unhandled rejection', reason),
  );
}
