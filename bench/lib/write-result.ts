import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform } from 'node:os';

/** Saves a benchmark's latest result under bench/results/<name>.json with the machine it ran on. */
export function writeResult(name: string, result: Record<string, unknown>): void {
  const folder = new URL('../results/', import.meta.url);
  mkdirSync(folder, { recursive: true });
  const machine = { node: process.version, platform: `${platform()}-${arch()}`, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length };
  writeFileSync(new URL(`${name}.json`, folder), `${JSON.stringify({ ...result, machine, date: new Date().toISOString().slice(0, 10) }, null, 2)}\n`);
}
