import { describe, expect, it } from 'vitest';
import { dayCanExist, islamicToGregorian, persianToGregorian } from './calendars.js';

describe('calendar conversion', () => {
  it('converts Solar Hijri dates', () => {
    expect(persianToGregorian({ year: 1399, month: 7, day: 19 })).toEqual({ year: 2020, month: 10, day: 10 });
    expect(persianToGregorian({ year: 1399, month: 1, day: 1 })).toEqual({ year: 2020, month: 3, day: 20 });
    expect(persianToGregorian({ year: 1399, month: 12, day: 30 })).toEqual({ year: 2021, month: 3, day: 20 });
    expect(persianToGregorian({ year: 1400, month: 12, day: 30 })).toBeNull();
  });

  it('converts Hijri (Umm al-Qura) dates across the range news uses', () => {
    expect(islamicToGregorian({ year: 1442, month: 2, day: 23 })).toEqual({ year: 2020, month: 10, day: 10 });
    expect(islamicToGregorian({ year: 1442, month: 9, day: 1 })).toEqual({ year: 2021, month: 4, day: 13 });
    expect(islamicToGregorian({ year: 1400, month: 1, day: 1 })).toEqual({ year: 1979, month: 11, day: 21 });
    expect(islamicToGregorian({ year: 1442, month: 13, day: 1 })).toBeNull();
  });

  it('round-trips every first of the month for ten Hijri years', () => {
    for (let year = 1435; year < 1445; year += 1) {
      for (let month = 1; month <= 12; month += 1) expect(islamicToGregorian({ year, month, day: 1 }), `${year}-${month}`).not.toBeNull();
    }
  });

  it('knows which year-less days can exist', () => {
    expect(dayCanExist('gregory', 2, 29)).toBe(true);
    expect(dayCanExist('gregory', 2, 30)).toBe(false);
    expect(dayCanExist('persian', 6, 31)).toBe(true);
    expect(dayCanExist('persian', 7, 31)).toBe(false);
  });
});
