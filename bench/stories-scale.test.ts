/**
 * The scale benchmark's quality check on a short prefix of its stream: the
 * stories must still match the generated events. Not a timing test (the cost
 * per article is measured by the full run, `npm run bench:stories-scale`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as { storiesScale: { articles: number; bcubedF1: number } };
const floor = baseline.storiesScale;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('story clustering on the synthetic news stream', () => {
  it(`clusters the first ${floor.articles} articles like their generated events (B-cubed F1 ≥ ${floor.bcubedF1})`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsloom-scale-check-'));
    try {
      const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/stories-scale.ts', '--articles', String(floor.articles), '--dir', join(dir, 'store')], { cwd: ROOT, encoding: 'utf8' });
      const match = /B-cubed against the events P ([\d.]+) R ([\d.]+) F1 ([\d.]+)/u.exec(output);
      expect(match, output).not.toBeNull();
      expect(Number(match![3])).toBeGreaterThanOrEqual(floor.bcubedF1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
