import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR, sharedDataAvailable } from '../test/support/shared-data.js';
import { chunks, countSentence, score, type Counts } from './wikiann-data.js';
import { scoreWikiann } from './wikiann.js';

const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as Record<string, { averageF1: number } | undefined>;
const floor = baseline.wikiann?.averageF1 ?? 1;

describe('WikiANN scoring (conlleval rules)', () => {
  it('reads chunks, including an I- tag that opens a chunk', () => {
    expect(chunks(['B-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'B-ORG', 'I-PER'])).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 4 },
      { type: 'LOC', start: 4, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
      { type: 'PER', start: 6, end: 7 },
    ]);
  });

  it('counts exact matches only', () => {
    const counts = new Map<string, Counts>();
    countSentence(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC'], counts);
    expect(counts.get('all')).toEqual({ gold: 2, predicted: 2, correct: 1 });
    expect(score(counts.get('all')!)).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });
});

describe.runIf(sharedDataAvailable('WikiANN benchmark'))('WikiANN benchmark', () => {
  it(`keeps the en/de/fr test average entity F1 ≥ ${floor}`, () => {
    const result = scoreWikiann(SHARED_DIR, 'test');
    expect(result.languages.map((entry) => entry.sentences)).toEqual([10_000, 10_000, 10_000]);
    expect(result.averageF1).toBeGreaterThanOrEqual(floor);
  }, 120_000);
});
