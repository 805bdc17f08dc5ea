import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedDataAvailable } from '../test/support/shared-data.js';
import { runHtmldateBenchmark, scoreCounts } from './htmldate.js';

interface Floors {
  accuracy: number;
}
const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as Record<string, Floors | undefined>;
const floors = baseline.htmldate ?? { accuracy: 1 };

describe.runIf(sharedDataAvailable('htmldate benchmark'))('publication date benchmark (htmldate set)', () => {
  it(`keeps accuracy ≥ ${floors.accuracy} on the 800 pages, HTML only`, () => {
    const result = runHtmldateBenchmark();
    expect(result.withoutUrl.pages).toBe(800);
    expect(result.withoutUrl.accuracy).toBeGreaterThanOrEqual(floors.accuracy);
    // The URL is extra evidence: giving it must not make things worse.
    expect(result.withUrl.tp).toBeGreaterThanOrEqual(result.withoutUrl.tp);
  }, 120_000);
});

describe('htmldate scoring rules', () => {
  it('counts as the dataset README says: None is FN (TN when gold is None), equal TP, else FP', () => {
    expect(scoreCounts({ tp: 6, fp: 2, fn: 1, tn: 1 })).toEqual({
      tp: 6,
      fp: 2,
      fn: 1,
      tn: 1,
      pages: 10,
      precision: 0.75,
      recall: 0.8571,
      accuracy: 0.7,
      f1: 0.8,
    });
  });
});
