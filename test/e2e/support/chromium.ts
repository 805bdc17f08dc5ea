/**
 * The browser the end-to-end tests drive: Debian's `chromium` package through playwright-core (no browser
 * download). Outside CI a machine without it skips the browser tests with a message saying how to get it;
 * in CI (`CI=true`) a missing browser is a failure, so the tests can never silently not run there.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'playwright-core';

export const CHROMIUM_PATH = process.env.NEWSLOOM_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a quiet, headless, sandbox-free run in containers, with no background traffic of Chromium's own. */
export const LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

function isCi(): boolean {
  return process.env.CI === 'true' || process.env.CI === '1';
}

/** Whether the browser tests should run; throws in CI when the browser is missing. */
export function chromiumAvailable(what: string): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message = `${CHROMIUM_PATH} not found (install Debian's chromium: sudo apt-get install -y chromium, or set NEWSLOOM_CHROMIUM)`;
  if (isCi()) throw new Error(`${what}: ${message}; CI must run the browser tests`);
  console.warn(`skipping ${what}: ${message}`);
  return false;
}
