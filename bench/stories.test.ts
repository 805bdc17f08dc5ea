import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR, sharedDataAvailable } from '../test/support/shared-data.js';
import { bcubed, pairwise } from './lib/cluster-scores.js';
import { loadCorpus, loadEcbplus, loadSeeds, scoreDataset } from './stories.js';

const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as { stories: { seeds: number; corpus: number; ecbplus: number } };
const floors = baseline.stories;

describe('cluster scores', () => {
  const gold = new Map([['a', '1'], ['b', '1'], ['c', '2'], ['d', '2']]);

  it('gives 1 to the gold partition and penalises merges and splits', () => {
    expect(bcubed(gold, gold)).toEqual({ precision: 1, recall: 1, f1: 1 });
    const merged = bcubed(gold, new Map([['a', 'x'], ['b', 'x'], ['c', 'x'], ['d', 'x']]));
    expect(merged.precision).toBe(0.5);
    expect(merged.recall).toBe(1);
    const split = pairwise(gold, new Map([['a', 'x'], ['b', 'y'], ['c', 'z'], ['d', 'z']]));
    expect(split).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
  });

  it('counts items missing from the prediction as singletons', () => {
    expect(bcubed(gold, new Map([['a', 'x']])).recall).toBe(0.5);
  });
});

describe('story clustering benchmark', () => {
  it(`keeps the example corpus B-cubed F1 ≥ ${floors.corpus}`, async () => {
    const data = await loadCorpus();
    try {
      expect((await scoreDataset(data)).bcubed.f1).toBeGreaterThanOrEqual(floors.corpus);
    } finally {
      await data.close();
    }
  }, 120_000);
});

describe.runIf(sharedDataAvailable('the story clustering benchmark'))('story clustering benchmark on shared data', () => {
  it('finds exactly the seeds\' three stories, in one thread', async () => {
    const data = await loadSeeds(SHARED_DIR);
    try {
      const result = await scoreDataset(data);
      expect(result.bcubed.f1).toBeGreaterThanOrEqual(floors.seeds);
      expect(result.predictedClusters).toBe(3);
      expect(result.threads).toBe(1);
    } finally {
      await data.close();
    }
  }, 120_000);

  it(`keeps ECB+ (982 documents, 86 events) B-cubed F1 ≥ ${floors.ecbplus}`, async () => {
    const data = await loadEcbplus(SHARED_DIR);
    try {
      const result = await scoreDataset(data);
      expect(result.documents).toBe(982);
      expect(result.bcubed.f1).toBeGreaterThanOrEqual(floors.ecbplus);
    } finally {
      await data.close();
    }
  }, 300_000);
});
