import { describe, expect, it } from 'vitest';
import { foldForMatch, foldWithOffsets } from './match-fold.js';

describe('foldForMatch', () => {
  it.each([
    ['Mart', 'MART'],
    ['mart', 'Mart'],
    ['EKİM', 'Ekim'],
    ['EKIM', 'ekim'],
    ['März', 'marz'],
    ['أكتوبر', 'اكتوبر'],
    ['إيران', 'ايران'],
    ['الجمعة', 'الجمعه'],
    ['مُحَرَّم', 'محرم'],
    ['ربيع الأول', 'ربیع الاول'],
    ['كانون', 'کانون'],
    ['پنج‌شنبه', 'پنجشنبه'],
    ['۱۹ مهر ۱۳۹۹', '19 مهر 1399'],
    ['١٠ أكتوبر', '10 اكتوبر'],
    ['пʼятниця', "п'ятниця"],
    ['Октября', 'октября'],
  ])('folds %s like %s', (a, b) => {
    expect(foldForMatch(a)).toBe(foldForMatch(b));
  });

  it('keeps Hangul syllables whole', () => {
    expect(foldForMatch('한국어')).toBe('한국어');
  });
});

describe('foldWithOffsets', () => {
  it('maps every folded unit back to the original text', () => {
    const text = 'الـسّبت ١٠ أكتوبر';
    const { text: folded, offsets } = foldWithOffsets(text);
    const at = folded.indexOf('10');
    expect(text.slice(offsets[at], offsets[at + 2])).toBe('١٠');
    expect(offsets[folded.length]).toBe(text.length);
  });

  it('keeps surrogate pairs together', () => {
    const { text, offsets } = foldWithOffsets('a😀b');
    expect(text).toBe('a😀b');
    expect(offsets[3]).toBe(3);
  });
});
