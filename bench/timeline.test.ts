import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DIR, sharedDataAvailable } from '../test/support/shared-data.js';
import { scoreSeedTimeline } from './timeline.js';

const floors = (JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as { timeline: { seedRecall: number } }).timeline;

describe.runIf(sharedDataAvailable('the seed timeline benchmark'))('seed timeline benchmark', () => {
  it(`finds at least ${floors.seedRecall} of gold.json's events with their dates and actors, the Rouhani–Putin call once with 3 sources in 2 languages, and dates nothing after the newest article`, async () => {
    const score = await scoreSeedTimeline(SHARED_DIR);
    expect(score.recall).toBeGreaterThanOrEqual(floors.seedRecall);
    expect(score.call).toEqual({ events: 1, sources: 3, languages: ['ar', 'en'] });
    expect(score.datedAfterNewestArticle).toBe(0);
  }, 180_000);
});
