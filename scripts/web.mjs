// Browser mode: build the renderer if needed, then run the web host in Node.
// Arguments are passed through: --port N, --data-dir DIR, --no-open.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const run = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    // Forward stop signals; the server's shutdown is idempotent if the terminal also signalled it.
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1)));
  });

const buildCode = await run(['scripts/build.mjs', '--renderer', '--if-needed']);
if (buildCode !== 0) process.exit(buildCode);
process.exit(await run(['--import', 'tsx', 'main/web/start.ts', ...process.argv.slice(2)]));
