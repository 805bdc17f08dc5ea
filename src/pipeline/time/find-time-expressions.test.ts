import { describe, expect, it } from 'vitest';
import { findTimeExpressions } from './find-time-expressions.js';

const one = (text: string, language: string | null, published: string | null) => findTimeExpressions(text, language, published);
const pick = (text: string, language: string, published: string | null) => one(text, language, published).map((e) => ({ text: e.text, value: e.value, ...(e.endValue !== undefined ? { endValue: e.endValue } : {}) }));

describe('findTimeExpressions on the seed patterns', () => {
  it('reads "on Tuesday" in a Wednesday article as the day before', () => {
    const [found] = one('Speaking on Tuesday in a phone call with President Ilham Aliyev', 'en', '2020-10-07');
    expect(found).toEqual({ text: 'on Tuesday', start: 9, end: 19, kind: 'relative', granularity: 'day', value: '2020-10-06' });
  });

  it('reads a weekday named on the day of publication as that day, and "last" as the week before', () => {
    expect(pick('Lavrov said Saturday after talks', 'en', '2020-10-10')).toEqual([{ text: 'Saturday', value: '2020-10-10' }]);
    expect(pick('They met last Saturday.', 'en', '2020-10-10')).toEqual([{ text: 'last Saturday', value: '2020-10-03' }]);
  });

  it('moves a bare weekday ahead after a future cue in the same sentence', () => {
    expect(pick('He will travel to Moscow on Monday. Talks held on Monday failed.', 'en', '2020-10-10')).toEqual([
      { text: 'on Monday', value: '2020-10-12' },
      { text: 'on Monday', value: '2020-10-05' },
    ]);
  });

  it('reads Arabic day words with their weekday', () => {
    expect(pick('التي جرت اليوم السبت بين الرئيسين وقال امس الجمعة', 'ar', '2020-10-10')).toEqual([
      { text: 'اليوم السبت', value: '2020-10-10' },
      { text: 'امس الجمعة', value: '2020-10-09' },
    ]);
  });

  it('places a year-less date in the year nearest publication', () => {
    expect(pick('The talks held on December 28 failed.', 'en', '2021-01-05')).toEqual([{ text: 'December 28', value: '2020-12-28' }]);
    expect(pick('Parliament will convene on January 15.', 'en', '2019-12-20')).toEqual([{ text: 'January 15', value: '2020-01-15' }]);
  });

  it('turns "noon on October 10" into an instant', () => {
    expect(one('from noon on October 10', 'en', '2020-10-10')[0]).toMatchObject({ text: 'noon on October 10', granularity: 'instant', value: '2020-10-10T12:00' });
  });

  it('reads ranges of years and of days', () => {
    expect(pick('a six-year war (1988-1994) ended', 'en', '2020-10-10')).toEqual([{ text: '1988-1994', value: '1988', endValue: '1994' }]);
    expect(pick('Саммит пройдёт с 5 по 7 июня в Вене.', 'ru', '2022-06-01')).toEqual([{ text: 'с 5 по 7 июня', value: '2022-06-05', endValue: '2022-06-07' }]);
    expect(pick('بين عامي 1988 و1994', 'ar', '2022-06-01')).toEqual([{ text: 'بين عامي 1988 و1994', value: '1988', endValue: '1994' }]);
  });

  it('keeps "and" between two years as two years, not a range', () => {
    expect(pick('It began in 1988 and in 1992 it escalated.', 'en', null)).toEqual([
      { text: 'in 1988', value: '1988' },
      { text: 'in 1992', value: '1992' },
    ]);
  });

  it('gives Solar Hijri years and relative Persian periods as ranges of Gregorian days', () => {
    expect(pick('جنگ در سال ۱۳۶۷ پایان یافت و سال گذشته', 'fa', '2020-10-10')).toEqual([
      { text: 'در سال ۱۳۶۷', value: '1988-03-21', endValue: '1989-03-20' },
      { text: 'سال گذشته', value: '2019-03-21', endValue: '2020-03-19' },
    ]);
  });

  it('gives a week by its first and last day, in the language week', () => {
    expect(pick('during a visit last week', 'en', '2020-11-04')).toEqual([{ text: 'last week', value: '2020-10-26', endValue: '2020-11-01' }]);
    expect(pick('زار باكو الأسبوع الماضي', 'ar', '2020-11-04')).toEqual([{ text: 'الأسبوع الماضي', value: '2020-10-24', endValue: '2020-10-30' }]);
  });

  it('reads counts in words, digits and the Arabic dual', () => {
    expect(pick('two days ago, 10 days ago, قبل يومين', 'en', '2023-03-15').slice(0, 2)).toEqual([
      { text: 'two days ago', value: '2023-03-13' },
      { text: '10 days ago', value: '2023-03-05' },
    ]);
    expect(pick('وقع الانفجار قبل يومين', 'ar', '2023-03-15')).toEqual([{ text: 'قبل يومين', value: '2023-03-13' }]);
  });
});

describe('findTimeExpressions on bad input', () => {
  it('resolves impossible dates to unknown instead of dropping or shifting them', () => {
    expect(one('signed on 31 February 2020', 'en', '2020-03-01')[0]).toMatchObject({ text: '31 February 2020', value: null, reason: 'impossible-date' });
    expect(one('signed on 31 February', 'en', '2020-03-01')[0]).toMatchObject({ text: '31 February', value: null, reason: 'impossible-date' });
    expect(one('۳۱ اسفند', 'fa', '2022-06-01')[0]).toMatchObject({ value: null, reason: 'impossible-date' });
  });

  it('leaves year-less dates and weekdays unknown without a publication date', () => {
    expect(one('The summit opened on October 10.', 'en', null)[0]).toMatchObject({ text: 'October 10', kind: 'partial', value: null, reason: 'no-publication-date' });
    expect(one('They met on Saturday.', 'en', null)[0]).toMatchObject({ text: 'on Saturday', value: null, reason: 'no-publication-date' });
    expect(one('yesterday', 'en', 'not a date')[0]).toMatchObject({ value: null, reason: 'no-publication-date' });
    expect(one('yesterday', 'en', '2021-02-30')[0]).toMatchObject({ value: null });
  });

  it('still reads full dates without a publication date', () => {
    expect(one('Fighting broke out on 27 September 2020.', 'en', null)[0]).toMatchObject({ value: '2020-09-27', kind: 'absolute' });
  });

  it('gives unknown for vague counts and counts from another event', () => {
    expect(one('The bank collapsed a few days ago.', 'en', '2023-03-15')[0]).toMatchObject({ text: 'a few days ago', value: null, reason: 'ambiguous' });
    expect(one('Two days later, an inquiry was announced.', 'en', '2023-03-15')[0]).toMatchObject({ value: null, reason: 'anchored-elsewhere' });
    expect(one('قبل أسبوع من الانتخابات', 'ar', '2023-03-15')[0]).toMatchObject({ text: 'قبل أسبوع', value: null, reason: 'anchored-elsewhere' });
  });

  it('does not take counts, ordinary words or another language for time', () => {
    expect(one('More than 2019 votes were cast and 1,000 people attended.', 'en', '2021-07-18')).toEqual([]);
    expect(one('Среда обитания редких видов под угрозой.', 'ru', '2021-07-18')).toEqual([]);
    expect(one('Pazar yerinde 1988 kişi vardı.', 'tr', '2021-07-18')).toEqual([]);
    expect(one('Por la mañana llegaron los primeros.', 'es', '2021-07-18')).toEqual([]);
    // "hier" is French for yesterday and German for here.
    expect(one('Wir bleiben hier.', 'de', '2021-07-18')).toEqual([]);
  });

  it('reads only dates for a language without a pack, and nothing from empty text', () => {
    expect(one('', 'en', '2020-10-10')).toEqual([]);
    expect(pick('Xyz 10 October 2020 yesterday', 'xx', '2020-10-10')).toEqual([{ text: '10 October 2020', value: '2020-10-10' }]);
  });

  it('survives very long text and text with no verb or no words at all', () => {
    const long = 'The ceasefire agreed on 10 October 2020 held, officials said on Saturday. '.repeat(5000);
    const found = one(long, 'en', '2020-10-10');
    expect(found).toHaveLength(10000);
    expect(found.at(-1)).toMatchObject({ text: 'on Saturday', value: '2020-10-10' });
    expect(one('—— … ،،، 12345678901234567890 ----', 'ar', '2020-10-10')).toEqual([]);
    expect(one('October October October 31 31 31', 'en', '2020-10-10').every((e) => e.value === null || e.value.startsWith('2020'))).toBe(true);
  });

  it('reports spans that slice back to their text', () => {
    const text = 'Moscow, Oct 10, IRNA -- Rouhani, on Saturday, welcomed the truce of October 10 (1988-1994).';
    for (const expression of one(text, 'en', '2020-10-10')) expect(text.slice(expression.start, expression.end)).toBe(expression.text);
  });
});
