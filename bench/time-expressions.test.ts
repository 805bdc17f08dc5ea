import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTimeFixtures } from './lib/time-fixtures.js';
import { scoreLanguage, scoreTimeExpressions } from './time-expressions.js';

interface Floors {
  overall: number;
  spanPrecision: number;
  languages: Record<string, number>;
}
const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as { 'time-expressions': Floors };
const floors = baseline['time-expressions'];

describe('time-expression fixtures', () => {
  const sets = loadTimeFixtures();

  it('hold at least 240 hand-checked expressions in at least 7 languages', () => {
    expect(sets.length).toBeGreaterThanOrEqual(7);
    expect(sets.reduce((sum, set) => sum + set.items.reduce((n, item) => n + item.expect.length, 0), 0)).toBeGreaterThanOrEqual(240);
  });

  it('score a wrong value, a wrong span and an extra span as errors', () => {
    const score = scoreLanguage({
      language: 'en',
      items: [
        { sentence: 'They met on Tuesday.', published: '2020-10-07', expect: [{ text: 'on Tuesday', value: '2020-10-13' }] },
        { sentence: 'They met on Tuesday.', published: '2020-10-07', expect: [{ text: 'Tuesday', value: '2020-10-06' }] },
        { sentence: 'They met on Tuesday and yesterday.', published: '2020-10-07', expect: [{ text: 'on Tuesday', value: '2020-10-06' }] },
      ],
    });
    expect(score.correct).toBe(1);
    expect(score.accuracy).toBeCloseTo(1 / 3, 3);
    expect(score.spanPrecision).toBeCloseTo(2 / 4, 3);
  });
});

describe('time-expression benchmark', () => {
  const score = scoreTimeExpressions();

  it(`keeps overall accuracy ≥ ${floors.overall} and span precision ≥ ${floors.spanPrecision}`, () => {
    expect(score.accuracy).toBeGreaterThanOrEqual(floors.overall);
    expect(score.spanPrecision).toBeGreaterThanOrEqual(floors.spanPrecision);
  });

  it.each(Object.entries(floors.languages))('keeps %s accuracy above its floor %s', (language, floor) => {
    const found = score.languages.find((l) => l.language === language);
    expect(found, language).toBeDefined();
    expect(found!.accuracy).toBeGreaterThanOrEqual(floor);
  });
});
