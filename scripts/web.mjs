// Browser mode: build the renderer if needed, then run the web host in Node.
// Arguments are passed through: --port N, --data-dir DIR, --no-open.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const run = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    // Ctrl-C reaches the child through the terminal's process group; just wait for it.
    process.on('SIGINT', () => {});
    process.on('SIGTERM', () => child.kill('SIGTERM'));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1)));
  });

const buildCode = await run(['scripts/build.mjs', '--renderer', '--if-needed']);
if (buildCode !== 0) process.exit(buildCode);
process.exit(await run(['--import', 'tsx', 'main/web/start.ts', ...process.argv.slice(2)]));
