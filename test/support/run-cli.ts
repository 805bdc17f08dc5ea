import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `newsloom ARGS` in a child process, as a user would, with the store in dataDir. */
export function runCli(args: string[], options: { dataDir?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const env = { ...process.env, ...options.env, NEWSLOOM_DATA: options.dataDir ?? '' };
  const result = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: options.cwd ?? REPO_ROOT, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the CLI without waiting for it (for kill tests). */
export function startCli(args: string[], options: { dataDir: string; cwd?: string; env?: NodeJS.ProcessEnv }): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, ...options.env, NEWSLOOM_DATA: options.dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A stack trace line, which users must never see for their own mistakes. */
export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;
