import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR, sharedDataAvailable } from '../test/support/shared-data.js';
import { scoreSeedEvents } from './events.js';

const floors = (JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as { events: { recall: number; datedRecall: number; precisionLowerBound: number } }).events;

describe.runIf(sharedDataAvailable('the seed event scorer'))('events on the seeds', () => {
  it(`finds the gold events with their type and actors in the documents that report them (≥ ${floors.recall}), dated right (≥ ${floors.datedRecall})`, async () => {
    const score = await scoreSeedEvents(SEEDS_DIR);
    expect(score.recall).toBeGreaterThanOrEqual(floors.recall);
    expect(score.datedRecall).toBeGreaterThanOrEqual(floors.datedRecall);
    expect(score.precisionLowerBound).toBeGreaterThanOrEqual(floors.precisionLowerBound);
  });

  it('finds the Rouhani–Putin call, with both presidents, in each of the three articles that report it, in English and Arabic', async () => {
    const score = await scoreSeedEvents(SEEDS_DIR);
    const call = score.pairs.filter((pair) => /Rouhani and Putin speak by phone/u.test(pair.event));
    expect(call.map((pair) => pair.document).sort()).toEqual(['000', '001', '002']);
    expect(call.every((pair) => pair.found)).toBe(true);
  });
});
