/** Builds the web application with Vite's JS API into a folder of the test's own, so a running `serve` is never disturbed. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const CONFIG = fileURLToPath(new URL('../../../web/vite.config.ts', import.meta.url));

export async function buildWebApp(): Promise<string> {
  const outDir = join(mkdtempSync(join(tmpdir(), 'newsloom-web-')), 'web');
  await build({ configFile: CONFIG, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}
