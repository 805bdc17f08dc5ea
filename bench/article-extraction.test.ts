import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR, sharedDataAvailable } from '../test/support/shared-data.js';
import { runArticleBenchmark } from './lib/article-benchmark.js';

const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as Record<string, { f1: number }>;
const floor = baseline['article-extraction']?.f1 ?? 1;

describe.runIf(sharedDataAvailable('article-extraction benchmark'))('article extraction benchmark', () => {
  it(`keeps F1 ≥ ${floor} and beats Readability.js on the Zyte pages`, () => {
    const { pages, results } = runArticleBenchmark(`${SHARED_DIR}/datasets/article-extraction`);
    const [ours, readability] = results;
    expect(pages).toBeGreaterThan(100);
    expect(ours?.score.f1).toBeGreaterThanOrEqual(floor);
    expect(ours?.score.f1).toBeGreaterThan(readability?.score.f1 ?? 1);
  }, 120_000);
});
