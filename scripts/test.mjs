// npm test: everything CI runs, in order — typecheck, lint (eslint + prettier),
// unit tests (vitest), end-to-end tests (Playwright in Chromium against browser
// mode). Stops at the first failing step; ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
mkdirSync(join(root, 'test-results'), { recursive: true });

function step(title, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed after ${seconds}s`);
    summarize();
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${seconds}s)`);
}

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p));
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(join(root, 'test-results', file), 'utf8'));
  } catch {
    return undefined;
  }
}

function summarize() {
  const unit = readJson('unit.json');
  const e2e = readJson('e2e.json');
  const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
  const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
  const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0);
  console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

step('Typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
step('Lint', bin('eslint'), ['.', '--max-warnings', '0']);
step('Format', bin('prettier'), ['--check', '--log-level', 'warn', '.']);
step('Unit tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/unit.json',
]);

if (!chromiumPath()) {
  console.error('\n找不到 Chromium。请安装：sudo apt-get install -y chromium（或设置 CHROMIUM_PATH）。');
  console.error(
    'Chromium not found. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).',
  );
  summarize();
  process.exit(1);
}
step('Build renderer', process.execPath, ['scripts/build.mjs', '--renderer']);
step('End-to-end tests (Chromium, browser mode)', bin('playwright'), ['test']);
summarize();
