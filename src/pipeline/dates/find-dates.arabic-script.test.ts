/** Arabic, Persian and Urdu dates: Eastern digits, regional month names, Solar Hijri and Hijri calendars. */
import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';
import type { DateMention } from './types.js';

function only(text: string, options?: Parameters<typeof findDates>[1]): DateMention {
  const mentions = findDates(text, options);
  expect(mentions, JSON.stringify(mentions)).toHaveLength(1);
  expect(text.slice(mentions[0]!.start, mentions[0]!.end)).toBe(mentions[0]!.text);
  return mentions[0]!;
}

describe('findDates: Arabic', () => {
  it('reads a dateline with weekday, Eastern Arabic digits, time and GMT', () => {
    const text = 'السبت ١٠ أكتوبر ٢٠٢٠ - ٠٤:٢٠ بتوقيت غرينتش';
    expect(only(text)).toMatchObject({ text, year: 2020, month: 10, day: 10, hour: 4, minute: 20, timezone: 'Z', weekday: 6, language: 'ar', calendar: 'gregory', precision: 'minute' });
  });

  it.each([
    ['١٠ تشرين الأول ٢٠٢٠', 10],
    ['10 كانون الثاني 2021', 1],
    ['١٠ اكتوبر ٢٠٢٠', 10],
    ['10 يوليوز 2020', 7],
    ['10 غشت 2020', 8],
    ['10 جويلية 2020', 7],
    ['10 أوت 2020', 8],
    ['٢٠٢٠/١٠/١٠', 10],
  ])('reads %s', (text, month) => {
    expect(only(text)).toMatchObject({ day: 10, month, year: month === 1 ? 2021 : 2020, calendar: 'gregory' });
  });

  it('converts Hijri dates, with or without the هـ suffix', () => {
    expect(only('٢٣ صفر ١٤٤٢ هـ')).toMatchObject({ year: 2020, month: 10, day: 10, calendar: 'islamic', nativeDate: { year: 1442, month: 2, day: 23 } });
    expect(only('1 رمضان 1442')).toMatchObject({ year: 2021, month: 4, day: 13, calendar: 'islamic' });
    expect(only('1442/02/23 هـ')).toMatchObject({ year: 2020, month: 10, day: 10, calendar: 'islamic' });
  });

  it('reads a 1442 numeric year as Hijri in Arabic context', () => {
    expect(only('1442/02/23', { languages: ['ar'] })).toMatchObject({ calendar: 'islamic', year: 2020, month: 10, day: 10 });
  });

  it('takes م after the year as the Gregorian marker', () => {
    expect(only('١٠ أكتوبر ٢٠٢٠م')).toMatchObject({ year: 2020, month: 10, day: 10 });
  });
});

describe('findDates: Persian', () => {
  it('converts Solar Hijri dates written with Persian digits', () => {
    expect(only('۱۹ مهر ۱۳۹۹')).toMatchObject({ year: 2020, month: 10, day: 10, calendar: 'persian', language: 'fa', nativeDate: { year: 1399, month: 7, day: 19 } });
  });

  it('reads weekday, Solar Hijri date and time', () => {
    expect(only('شنبه ۱۹ مهر ۱۳۹۹ - ۱۰:۳۰')).toMatchObject({ year: 2020, month: 10, day: 10, hour: 10, minute: 30, weekday: 6, precision: 'minute' });
  });

  it('reads compound weekdays written with a space, a ZWNJ or neither', () => {
    for (const weekday of ['پنج شنبه', 'پنج‌شنبه', 'پنجشنبه']) expect(only(`${weekday} ۱۷ مهر ۱۳۹۹`)).toMatchObject({ weekday: 4, day: 8, month: 10 });
    expect(only('سه شنبه ۱۵ مهر ۱۳۹۹')).toMatchObject({ weekday: 2 });
  });

  it('reads numeric Solar Hijri dates (years below 1500)', () => {
    expect(only('1399/07/19')).toMatchObject({ year: 2020, month: 10, day: 10, calendar: 'persian', language: null });
    expect(only('۱۳۹۹/۰۷/۱۹')).toMatchObject({ year: 2020, month: 10, day: 10 });
  });

  it('reads Persian forms of Gregorian months', () => {
    expect(only('۱۰ اکتبر ۲۰۲۰')).toMatchObject({ year: 2020, month: 10, day: 10, calendar: 'gregory', language: 'fa' });
  });

  it('leaves a Solar Hijri day without a year unplaced rather than guess', () => {
    expect(only('۱۹ مهر')).toMatchObject({ year: null, month: null, day: null, calendar: 'persian', nativeDate: { year: null, month: 7, day: 19 } });
  });

  it('rejects days Solar Hijri months do not have', () => {
    expect(findDates('۳۱ مهر ۱۳۹۹')).toEqual([]);
  });
});

describe('findDates: Urdu', () => {
  it('reads an Urdu date with the ء year marker', () => {
    expect(only('10 اکتوبر 2020ء')).toMatchObject({ year: 2020, month: 10, day: 10, language: 'ur' });
  });
});
