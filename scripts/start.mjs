// npm start: the Electron desktop app. npm does not run Electron's install
// script (package.json "allowScripts"), so its binary is fetched here on first
// start. Where it cannot be had (offline machines, LoongArch 信创 desktops) we
// say so clearly and start browser mode instead. Arguments pass through.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronDir = join(root, 'node_modules', 'electron');
const args = process.argv.slice(2);

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function tryDownloadElectron() {
  if (process.env.PINGCHA_NO_ELECTRON_DOWNLOAD === '1' || !existsSync(join(electronDir, 'install.js')))
    return;
  console.error(
    '[Pingcha] 首次启动：正在下载 Electron 运行环境… / first start: downloading the Electron runtime…',
  );
  spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: 'inherit',
    timeout: 300_000,
  });
}

const run = (command, commandArgs, env = process.env) =>
  new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
    // Forward stop signals; the server's shutdown is idempotent if the terminal also signalled it.
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1)));
  });

let binary = electronBinary();
if (!binary) {
  tryDownloadElectron();
  binary = electronBinary();
}

if (!binary) {
  console.error(
    [
      '',
      '[Pingcha] 本机没有 Electron 运行环境（离线安装时无法下载），改为以浏览器模式启动。',
      '          联网后再次运行 npm start 即可使用桌面版；也可以直接使用 npm run web。',
      '[Pingcha] The Electron runtime is not available on this machine (it could not be downloaded),',
      '          so Pingcha starts in browser mode instead. Run npm start again when online for the desktop app.',
      '',
    ].join('\n'),
  );
  process.exit(await run(process.execPath, [join(root, 'scripts', 'web.mjs'), ...args]));
}

const buildCode = await run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-needed']);
if (buildCode !== 0) process.exit(buildCode);
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
process.exit(await run(binary, [root, ...args], env));
