/**
 * Node ends the process on an unhandled rejection. For the long-running hosts
 * (Electron main, browser mode) one bug in one request must not take the app
 * and the user's unsaved work down: log it and keep serving.
 */
export function logInsteadOfCrashing(log: (message: string, error: unknown) => void = console.error): void {
  process.on('unhandledRejection', (reason) => log('[Pingcha] 未处理的异步错误 / unhandled rejection', reason));
  process.on('uncaughtException', (error) => log('[Pingcha] 未捕获的异常 / uncaught exception', error));
}
