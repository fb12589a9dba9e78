import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { makeTempDir } from '../../helpers/temp-dir';

// The Electron binary cannot be downloaded here, so `npm start` must say so and
// fall back to browser mode. Skipped only where Electron really is installed.
const electronInstalled = existsSync('node_modules/electron/path.txt');

describe.runIf(!electronInstalled)('npm start without the Electron binary', () => {
  it('explains in Chinese and English and starts browser mode', async () => {
    const temp = makeTempDir();
    const child = spawn(process.execPath, ['scripts/start.mjs', '--no-open', '--data-dir', temp.dir], {
      env: { ...process.env, PINGCHA_NO_ELECTRON_DOWNLOAD: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed:\n${stderr}`)), 60_000);
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        if (/Pingcha: http:\/\/127\.0\.0\.1:\d+\/\?token=/.test(stdout)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
    temp.cleanup();
    expect(stderr).toContain('本机没有 Electron 运行环境');
    expect(stderr).toContain('The Electron runtime is not available');
    expect(stdout.trim().split('\n')).toHaveLength(1);
  }, 90_000);
});
