import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser if one is installed. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core without a downloaded browser: no path to offer.
  }
  return candidates.find((path): path is string => !!path && existsSync(path));
}

export const CHROMIUM_MISSING_MESSAGE =
  '找不到 Chromium。请安装：sudo apt-get install -y chromium（或设置 CHROMIUM_PATH）。\n' +
  'Chromium not found. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).';
