/** Numeric dates and what must not be read as one. */
import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';

describe('findDates: numeric', () => {
  it.each([
    ['10.10.2020', { year: 2020, month: 10, day: 10 }],
    ['2020-10-10', { year: 2020, month: 10, day: 10 }],
    ['10/10/2020', { year: 2020, month: 10, day: 10 }],
    ['11/10/2020', { year: 2020, month: 10, day: 11 }],
    ['10/13/2020', { year: 2020, month: 10, day: 13 }],
    ['13.10.2020', { year: 2020, month: 10, day: 13 }],
    ['2020-10-10T04:20:00Z', { hour: 4, minute: 20, second: 0, timezone: 'Z', precision: 'second' }],
    ['2020-10-10T04:20:00.000+03:30', { timezone: '+03:30' }],
    ['2020-10-10 04:20', { hour: 4, minute: 20, timezone: null, precision: 'minute' }],
  ])('%s', (text, expected) => {
    const mentions = findDates(text);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ ...expected, text, language: null, calendar: 'gregory' });
  });

  it('reads slashed dates day first by default and month first for en-US', () => {
    expect(findDates('11/10/2020')[0]).toMatchObject({ month: 10, day: 11 });
    expect(findDates('11/10/2020', { languages: ['en-US'] })[0]).toMatchObject({ month: 11, day: 10 });
    expect(findDates('11/10/2020', { preferDayFirst: false })[0]).toMatchObject({ month: 11, day: 10 });
    expect(findDates('11.10.2020', { preferDayFirst: false })[0]).toMatchObject({ month: 10, day: 11 });
  });

  it('reads the weekday before a numeric date', () => {
    expect(findDates('Samstag, 10.10.2020')[0]).toMatchObject({ weekday: 6, day: 10, language: 'de' });
  });
});

describe('findDates: not dates', () => {
  it.each([
    '1,000 people',
    '35,000',
    'about 2,020 votes',
    'version 1.10.2020.5',
    'IP 192.168.10.10',
    'score 3.5',
    'population 10 020 300',
    '2 set of keys',
    'at 12:46',
    'Room 2020',
    '10 10 2020',
  ])('%s', (text) => {
    expect(findDates(text)).toEqual([]);
  });

  it('never returns a day a month does not have', () => {
    expect(findDates('31 February 2020')).toEqual([]);
    expect(findDates('31/04/2020')).toEqual([]);
    expect(findDates('2021-02-29')).toEqual([]);
    expect(findDates('29 February 2020')[0]).toMatchObject({ month: 2, day: 29 });
  });

  it('does not split an impossible date into a smaller one', () => {
    expect(findDates('31 February 2020 was not a day')).toEqual([]);
  });

  it('reports bare years only when asked', () => {
    expect(findDates('It escalated in 1992.')).toEqual([]);
    expect(findDates('It escalated in 1992.', { includeBareYears: true })[0]).toMatchObject({ year: 1992, month: null, precision: 'year', text: '1992' });
    expect(findDates('35,000 and 2500 and 1850', { includeBareYears: true })).toEqual([]);
  });

  it('survives empty and odd input', () => {
    expect(findDates('')).toEqual([]);
    expect(findDates('\u200c\u0640 - / : ٫')).toEqual([]);
    expect(() => findDates('😀 10 😀 October 😀 2020')).not.toThrow();
  });
});
