import { describe, expect, it } from 'vitest';
import { formatDay, persianMonthBounds, persianOf, persianYearBounds, shiftMonth, toEpochDay, weekBounds, weekdayOfEpochDay } from './calendar-math.js';

describe('calendar math', () => {
  it('counts days and weekdays', () => {
    const day = toEpochDay({ year: 2020, month: 10, day: 10 });
    expect(formatDay(day)).toBe('2020-10-10');
    expect(weekdayOfEpochDay(day)).toBe(6);
    expect(formatDay(toEpochDay({ year: 2024, month: 3, day: 0 }))).toBe('2024-02-29');
  });

  it('shifts months across years', () => {
    expect(shiftMonth(2020, 1, -1)).toEqual({ year: 2019, month: 12 });
    expect(shiftMonth(2020, 12, 1)).toEqual({ year: 2021, month: 1 });
    expect(shiftMonth(2020, 3, -27)).toEqual({ year: 2017, month: 12 });
  });

  it('bounds weeks by the language first day', () => {
    const wednesday = toEpochDay({ year: 2020, month: 11, day: 4 });
    expect([weekBounds(wednesday, 1).first, weekBounds(wednesday, 1).last].map(formatDay)).toEqual(['2020-11-02', '2020-11-08']);
    expect([weekBounds(wednesday, 6).first, weekBounds(wednesday, 6).last].map(formatDay)).toEqual(['2020-10-31', '2020-11-06']);
  });

  it('converts Solar Hijri months and years (Nowruz 1399 fell on 20 March 2020)', () => {
    expect(persianOf(toEpochDay({ year: 2020, month: 10, day: 10 }))).toEqual({ year: 1399, month: 7, day: 19 });
    const year = persianYearBounds(1399);
    expect([formatDay(year.first), formatDay(year.last)]).toEqual(['2020-03-20', '2021-03-20']);
    const esfand = persianMonthBounds(1399, 12);
    expect([formatDay(esfand.first), formatDay(esfand.last)]).toEqual(['2021-02-19', '2021-03-20']);
  });
});
