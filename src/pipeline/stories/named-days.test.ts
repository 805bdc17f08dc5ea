import { describe, expect, it } from 'vitest';
import { namedDays } from './named-days.js';

describe('namedDays', () => {
  it('places a date written without a year in the year nearest the publication date', () => {
    expect(namedDays('Talks resumed on October 10.', 'en', Date.UTC(2020, 9, 11))).toEqual(new Set(['2020-10-10']));
    expect(namedDays('Talks resumed on December 30.', 'en', Date.UTC(2021, 0, 2))).toEqual(new Set(['2020-12-30']));
    expect(namedDays('Talks will resume on January 3.', 'en', Date.UTC(2020, 11, 30))).toEqual(new Set(['2021-01-03']));
  });

  it('leaves a year-less date out when there is no publication date, but keeps a date with its year', () => {
    expect(namedDays('Talks resumed on October 10.', 'en', null)).toEqual(new Set());
    expect(namedDays('Talks resumed on October 10, 2019.', 'en', null)).toEqual(new Set(['2019-10-10']));
  });

  it('reads Russian month names in the genitive', () => {
    expect(namedDays('Переговоры прошли 10 октября.', 'ru', Date.UTC(2020, 9, 11))).toEqual(new Set(['2020-10-10']));
  });

  it('reads Arabic month names with Eastern Arabic digits', () => {
    expect(namedDays('جرت المحادثات في ١٠ أكتوبر ٢٠٢٠', 'ar', null)).toEqual(new Set(['2020-10-10']));
    expect(namedDays('جرت المحادثات في ١٠ أكتوبر', 'ar', Date.UTC(2020, 9, 11))).toEqual(new Set(['2020-10-10']));
  });

  it('names no day for a text without dates', () => {
    expect(namedDays('Talks resumed.', 'en', Date.UTC(2020, 9, 11))).toEqual(new Set());
  });

  it('places 29 February only in a leap year, and leaves it out when no leap year is near', () => {
    expect([...namedDays('The deadline was February 29.', 'en', Date.UTC(2020, 2, 1, 12))]).toEqual(['2020-02-29']);
    expect([...namedDays('The deadline was February 29.', 'en', Date.UTC(2021, 2, 1, 12))]).toEqual([]);
  });
});

describe('namedDays from days counted from publication', () => {
  it('names the day a weekday points to before a Wednesday publication, in English and Arabic', () => {
    const wednesday = Date.UTC(2020, 9, 7, 12);
    expect([...namedDays('Rouhani spoke by phone on Tuesday with Aliyev.', 'en', wednesday)]).toEqual(['2020-10-06']);
    expect([...namedDays('أجرى الرئيس اتصالا هاتفيا يوم الثلاثاء.', 'ar', wednesday)]).toEqual(['2020-10-06']);
  });
  it('names nothing relative without a publication date', () => {
    expect(namedDays('They spoke on Tuesday.', 'en', null).size).toBe(0);
  });
});
