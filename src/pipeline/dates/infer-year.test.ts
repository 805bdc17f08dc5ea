import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';
import { candidateYears, inferYear } from './infer-year.js';

const first = (text: string) => findDates(text)[0]!;

describe('candidateYears', () => {
  it('keeps only years where the weekday matches, nearest first', () => {
    // Saturday 10 October: 2015, 2020, 2026.
    expect(candidateYears({ month: 10, day: 10, weekday: 6 }, new Date('2021-03-01T00:00:00Z'), 6)).toEqual([2020, 2026, 2015]);
  });

  it('gives every year the day exists in when no weekday is written', () => {
    expect(candidateYears({ month: 10, day: 10, weekday: null }, new Date('2020-06-01T00:00:00Z'), 1)).toEqual([2020, 2019, 2021]);
    expect(candidateYears({ month: 2, day: 29, weekday: null }, new Date('2021-06-01T00:00:00Z'), 3)).toEqual([2020, 2024]);
  });

  it('is empty without a day', () => {
    expect(candidateYears({ month: 10, day: null, weekday: 6 }, new Date())).toEqual([]);
  });
});

describe('inferYear', () => {
  it('keeps a written year', () => {
    expect(inferYear(first('10 October 2020'), { reference: new Date('2030-01-01') })).toBe(2020);
  });

  it('uses the weekday and the years of related articles ("Saturday, October 10" in a 2020 story)', () => {
    const mention = first('Saturday, October 10');
    expect(mention.weekday).toBe(6);
    expect(inferYear(mention, { reference: new Date('2023-05-01T00:00:00Z'), hintYears: [2020, 2020] })).toBe(2020);
  });

  it('without hints takes the latest weekday-consistent year not after the reference', () => {
    expect(inferYear(first('Saturday, October 10'), { reference: new Date('2020-10-10T23:00:00Z') })).toBe(2020);
    expect(inferYear(first('Saturday, October 10'), { reference: new Date('2020-10-09T12:00:00Z') })).toBe(2015);
  });

  it('without a weekday takes the most recent October 10 not after the reference', () => {
    const mention = first('Moscow, Oct 10, IRNA --');
    expect(inferYear(mention, { reference: new Date('2020-10-11T00:00:00Z') })).toBe(2020);
    expect(inferYear(mention, { reference: new Date('2020-10-01T00:00:00Z') })).toBe(2019);
    expect(inferYear(mention, { reference: new Date('2021-01-01T00:00:00Z'), hintYears: [2020] })).toBe(2020);
  });

  it('ignores hints the weekday contradicts', () => {
    // Saturday 10 October never fell in 2017-2019 or 2021-2025.
    expect(inferYear(first('Saturday, October 10'), { reference: new Date('2019-12-31T00:00:00Z'), hintYears: [2018] })).toBe(2015);
  });

  it('returns null when it cannot tell', () => {
    expect(inferYear(first('۱۹ مهر'), { reference: new Date('2020-10-11') })).toBeNull();
    const impossible = { ...first('Saturday, October 10'), weekday: 6, month: 2, day: 30 };
    expect(inferYear(impossible, { reference: new Date('2020-10-11') })).toBeNull();
  });
});
