import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedDataAvailable } from '../test/support/shared-data.js';
import { SETS, scoreSet } from './text-extraction.js';

const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as { 'text-extraction': Record<string, number> };
const floors = baseline['text-extraction'];

describe('article understanding on hand-labelled documents', () => {
  it.runIf(sharedDataAvailable('the seed scorer'))('gets every field of the five seeds right', async () => {
    const seeds = SETS.find((set) => set.name === 'seeds')!;
    const score = await scoreSet(seeds.name, seeds.folder, seeds.gold);
    expect(score.failures).toEqual([]);
    expect(score.accuracy).toBeGreaterThanOrEqual(floors.seeds ?? 1);
  });

  it('keeps the example-corpus field accuracy above its pinned floor', async () => {
    const corpus = SETS.find((set) => set.name === 'example corpus')!;
    const score = await scoreSet(corpus.name, corpus.folder, corpus.gold);
    expect(score.documents).toBeGreaterThanOrEqual(24);
    expect(score.accuracy).toBeGreaterThanOrEqual(floors['example corpus'] ?? 1);
  });
});
