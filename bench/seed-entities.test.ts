import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR, sharedDataAvailable } from '../test/support/shared-data.js';
import { scoreSeedEntities } from './seed-entities.js';

const floors = (JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as { 'seed-entities': { pairs: number; grouped: number } })['seed-entities'];

describe.runIf(sharedDataAvailable('the seed entity scorer'))('entities on the seeds', () => {
  it('finds the gold entities in their documents, groups their aliases, and merges no two of them', async () => {
    const score = await scoreSeedEntities(SEEDS_DIR);
    expect(score.falseMerges).toEqual([]);
    expect(score.foundPairs / score.pairs).toBeGreaterThanOrEqual(floors.pairs);
    expect(score.grouped / score.entities).toBeGreaterThanOrEqual(floors.grouped);
  });
});
