import { defineConfig } from '@playwright/test';
import { CHROMIUM_MISSING_MESSAGE, findChromium } from './tests/e2e/chromium-path';

const executablePath = findChromium();
if (!executablePath) throw new Error(CHROMIUM_MISSING_MESSAGE);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Playwright empties its output folder at start: keep it apart from the unit-test report in test-results/.
  outputDir: 'test-results/e2e-artifacts',
  timeout: 60_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    locale: 'zh-CN',
    launchOptions: {
      executablePath,
      // Closed network: without these, Chromium keeps trying Google services.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
