import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from './run-cli.js';

/** The shared evaluation data beside the checkout (../shared). CI always has it; a bare clone may not. */
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const SEEDS_DIR = resolve(SHARED_DIR, 'seeds');

/**
 * Whether tests that read ../shared should run. In CI a missing folder is a
 * failure (the tests would silently not run); elsewhere they are skipped with a message.
 */
export function sharedDataAvailable(what: string): boolean {
  if (existsSync(SHARED_DIR)) return true;
  if (process.env.CI) throw new Error(`${SHARED_DIR} is missing: CI must have ../shared beside the checkout (${what})`);
  console.warn(`skipping ${what}: ${SHARED_DIR} not found (clone newsloom beside the shared data to run it)`);
  return false;
}
