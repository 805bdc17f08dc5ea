/** Dates with month names, as outlets print them in each language. */
import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';
import type { DateMention } from './types.js';

type Expected = Partial<DateMention>;

function only(text: string, options?: Parameters<typeof findDates>[1]): DateMention {
  const mentions = findDates(text, options);
  expect(mentions, JSON.stringify(mentions)).toHaveLength(1);
  const mention = mentions[0]!;
  expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  return mention;
}

const day = (year: number | null, month: number, d: number, extra: Expected = {}): Expected => ({ year, month, day: d, precision: 'day', ...extra });

describe('findDates: month names', () => {
  it.each<[string, Expected]>([
    ['10 October 2020', day(2020, 10, 10, { language: 'en', text: '10 October 2020' })],
    ['October 10, 2020', day(2020, 10, 10, { language: 'en' })],
    ['Oct. 10, 2020', day(2020, 10, 10)],
    ['on the 10th of October 2020', day(2020, 10, 10, { text: '10th of October 2020' })],
    ['Moscow, Oct 10, IRNA -- Iranian President', day(null, 10, 10, { text: 'Oct 10' })],
    ['STEPANAKERT, NOVEMBER 8', day(null, 11, 8, { text: 'NOVEMBER 8', language: 'en' })],
    ['samedi 10 octobre 2020', day(2020, 10, 10, { weekday: 6, language: 'fr' })],
    ['le 1er octobre 2020', day(2020, 10, 1, { text: '1er octobre 2020' })],
    ['Samstag, 10. Oktober 2020', day(2020, 10, 10, { weekday: 6, language: 'de', text: 'Samstag, 10. Oktober 2020' })],
    ['10 de octubre de 2020', day(2020, 10, 10, { language: 'es', text: '10 de octubre de 2020' })],
    ['10 ottobre 2020', day(2020, 10, 10, { language: 'it' })],
    ['10 de outubro de 2020', day(2020, 10, 10, { language: 'pt' })],
    ['10 октября 2020 года', day(2020, 10, 10, { language: 'ru', text: '10 октября 2020 года' })],
    ['10 окт. 2020 г.', day(2020, 10, 10, { language: 'ru', text: '10 окт. 2020 г.' })],
    ['10 жовтня 2020', day(2020, 10, 10, { language: 'uk' })],
    ['п’ятниця, 9 жовтня 2020 р.', day(2020, 10, 9, { weekday: 5, language: 'uk' })],
    ['10 Ekim 2020 Cumartesi', day(2020, 10, 10, { weekday: 6, language: 'tr', text: '10 Ekim 2020 Cumartesi' })],
    ['10 MART 2020', day(2020, 3, 10, { language: 'tr' })],
    ['10 mart 2020', day(2020, 3, 10)],
    ['10 października 2020 r.', day(2020, 10, 10, { language: 'pl' })],
    ['10 oktober 2020', day(2020, 10, 10)],
    ['10 oktyabr 2020-ci il', day(2020, 10, 10, { language: 'az', text: '10 oktyabr 2020-ci il' })],
    ['2020 թ. հոկտեմբերի 10', day(2020, 10, 10, { language: 'hy' })],
    ['հոկտեմբերի 10, 2020', day(2020, 10, 10, { language: 'hy' })],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it('reads month and year alone with month precision', () => {
    expect(only('In May 1994, the two countries accepted a ceasefire')).toMatchObject({ year: 1994, month: 5, day: null, precision: 'month', text: 'May 1994' });
    expect(only('октябрь 2020')).toMatchObject({ year: 2020, month: 10, precision: 'month' });
  });

  it('reads the time and zone after the date', () => {
    expect(only('Wed / 7 October 2020 / 12:46')).toMatchObject(day(2020, 10, 7, { hour: 12, minute: 46, weekday: 3, precision: 'minute', text: 'Wed / 7 October 2020 / 12:46' }));
    expect(only('Sat, 10 Oct 2020 04:20:00 GMT')).toMatchObject({ year: 2020, month: 10, day: 10, hour: 4, minute: 20, second: 0, timezone: 'Z', weekday: 6, precision: 'second' });
    expect(only('10 Ekim 2020, 13:45')).toMatchObject(day(2020, 10, 10, { hour: 13, minute: 45, precision: 'minute' }));
    expect(only('10 October 2020 at 4:20 p.m. EDT')).toMatchObject({ hour: 16, minute: 20, timezone: '-04:00' });
    expect(only('Samstag, 10. Oktober 2020, 13.45 Uhr')).toMatchObject({ hour: 13, minute: 45 });
    expect(only('le 1er octobre 2020 à 14h30')).toMatchObject({ hour: 14, minute: 30 });
    expect(only('Sat, 10 Oct 2020 04:20:00 +0330')).toMatchObject({ timezone: '+03:30' });
    expect(only('10 октября 2020, 12:00 МСК')).toMatchObject({ hour: 12, timezone: '+03:00' });
  });

  it('prefers the languages the caller names for shared month names', () => {
    expect(only('10 mart 2020', { languages: ['az'] }).language).toBe('az');
    expect(only('10 marzo 2020', { languages: ['it'] }).language).toBe('it');
    expect(only('10 marzo 2020', { languages: ['es'] }).language).toBe('es');
  });

  it('keeps the first day of a range and does not crash on ranges', () => {
    expect(only('October 10–12, 2020')).toMatchObject(day(2020, 10, 10, { text: 'October 10–12, 2020' }));
    expect(only('10-12 October 2020')).toMatchObject(day(2020, 10, 10));
    expect(only('from 10 to 12 October 2020')).toMatchObject(day(2020, 10, 12));
    expect(findDates('10 October 2020 - 12 October 2020')).toHaveLength(2);
    expect(only('won 21 – 12 March')).toMatchObject(day(null, 3, 12, { text: '12 March' }));
    expect(() => findDates('10 – – October 2020 –– 12 –')).not.toThrow();
  });
});
