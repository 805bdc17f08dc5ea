import { describe, expect, it } from 'vitest';
import type { ResolvedDate } from '../core/article.js';
import { placeYearlessDates, type YearlessCandidate } from './place-yearless-dates.js';

const dated = (value: string, group?: string): YearlessCandidate => ({ yearless: null, published: { value, precision: 'day', method: 'meta' } satisfies ResolvedDate, capturedAt: null, group });
const octTen = (group?: string, weekday: number | null = null): YearlessCandidate => ({ yearless: { month: 10, day: 10, weekday, method: 'dateline' }, published: null, capturedAt: null, group });

describe('placeYearlessDates', () => {
  it('places a year-less date in the year of the articles that came with it', () => {
    expect(placeYearlessDates([dated('2020-10-09'), octTen()])[1]?.value).toBe('2020-10-10');
  });

  it('prefers the years of its own site or folder when a batch mixes collections of different years', () => {
    const batch = [dated('2024-03-01', 'file:corpus'), dated('2024-05-02', 'file:corpus'), dated('2024-06-03', 'file:corpus'), dated('2020-10-09', 'file:seeds'), octTen('file:seeds')];
    expect(placeYearlessDates(batch)[4]?.value).toBe('2020-10-10');
    // Without neighbours of its own it falls back to the whole batch.
    expect(placeYearlessDates([...batch.slice(0, 3), octTen('file:elsewhere')])[3]?.value).toBe('2024-10-10');
  });

  it('only takes a year in which the stated weekday falls on the date, and leaves a lone file unknown', () => {
    // 10 October 2020 was a Saturday (6); in 2021 it was a Sunday.
    expect(placeYearlessDates([dated('2021-10-01', 'a'), octTen('a', 6)])[1]?.value).toBe('2020-10-10');
    expect(placeYearlessDates([octTen()])[0]).toBeNull();
  });
});
