import { describe, expect, it } from 'vitest';
import { formatDate, formatSpan } from './dates.js';
import { isRightToLeft, languageName, scriptName, textDirection } from './language.js';
import { safeHttpUrl } from './safe-url.js';

describe('dates', () => {
  it('shows each date at the precision it has, with the time as written', () => {
    expect(formatDate('2020-10-10')).toBe('10 Oct 2020');
    expect(formatDate('2020-10')).toBe('Oct 2020');
    expect(formatDate('2020')).toBe('2020');
    expect(formatDate('2020-10-10T04:20Z', { withTime: true })).toBe('10 Oct 2020, 04:20');
    expect(formatDate('2024-03-13T08:10:00+03:00')).toBe('13 Mar 2024');
    expect(formatDate(null)).toBe('date unknown');
  });

  it('writes a span once when both ends fall on the same day', () => {
    expect(formatSpan('2020-10-10', '2020-10-10T04:20Z')).toBe('10 Oct 2020');
    expect(formatSpan('2020-10-07T12:46', '2020-11-03')).toBe('7 Oct 2020 – 3 Nov 2020');
    expect(formatSpan(null, null)).toBe('dates unknown');
  });
});

describe('languages', () => {
  it('knows which languages and scripts are written right to left', () => {
    expect(['ar', 'fa', 'he', 'ur', 'fa-IR', 'az-Arab'].map(isRightToLeft)).toEqual([true, true, true, true, true, true]);
    expect(['en', 'ru', 'az', 'tr', null].map(isRightToLeft)).toEqual([false, false, false, false, false]);
    expect([textDirection('ar'), textDirection('en'), textDirection(null)]).toEqual(['rtl', 'auto', 'auto']);
  });

  it('names languages and scripts for people', () => {
    expect(languageName('ar')).toBe('Arabic');
    expect(languageName(null)).toBe('unknown language');
    expect(scriptName('Cyrl')).toBe('Cyrillic');
  });
});

describe('safeHttpUrl', () => {
  it('lets only http(s) URLs become links', () => {
    expect(safeHttpUrl('https://www.presstv.ir/Detail/1')).toBe('https://www.presstv.ir/Detail/1');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });
});
