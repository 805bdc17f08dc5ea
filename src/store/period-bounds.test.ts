import { describe, expect, it } from 'vitest';
import { periodEndMs, periodStartMs } from './period-bounds.js';

describe('period bounds', () => {
  it('spans a year, a month (leap February included) and a day', () => {
    expect(periodStartMs('2020')).toBe(Date.UTC(2020, 0, 1));
    expect(periodEndMs('2020')).toBe(Date.UTC(2021, 0, 1) - 1);
    expect(periodEndMs('2020-02')).toBe(Date.UTC(2020, 1, 29, 23, 59, 59, 999));
    expect(periodEndMs('2021-02')).toBe(Date.UTC(2021, 1, 28, 23, 59, 59, 999));
    expect(periodStartMs('2020-10-10')).toBe(Date.UTC(2020, 9, 10));
    expect(periodEndMs('2020-10-31')).toBe(Date.UTC(2020, 10, 1) - 1);
  });

  it('reads a full time as itself', () => {
    expect(periodEndMs('2020-10-10T04:20:00Z')).toBe(Date.UTC(2020, 9, 10, 4, 20));
  });
});
