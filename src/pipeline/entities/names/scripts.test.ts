import { describe, expect, it } from 'vitest';
import { ARABIC_LETTERS, ARABIC_MARKS } from './scripts/arabic.js';
import { ARMENIAN_INITIAL, ARMENIAN_LETTERS } from './scripts/armenian.js';
import { CYRILLIC_IOTATED, CYRILLIC_LETTERS, UKRAINIAN_LETTERS } from './scripts/cyrillic.js';
import { GEORGIAN_LETTERS } from './scripts/georgian.js';
import { GREEK_DIGRAPHS, GREEK_LETTERS } from './scripts/greek.js';
import { HEBREW_GERESH, HEBREW_HARD, HEBREW_LETTERS, HEBREW_POINTS } from './scripts/hebrew.js';
import { LATIN_LETTERS, LATIN_TURKIC_LETTERS } from './scripts/latin.js';
import { romanize } from './romanize.js';

const TABLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ARABIC_LETTERS,
  ARABIC_MARKS,
  ARMENIAN_INITIAL,
  ARMENIAN_LETTERS,
  CYRILLIC_IOTATED,
  CYRILLIC_LETTERS,
  UKRAINIAN_LETTERS,
  GEORGIAN_LETTERS,
  GREEK_LETTERS,
  GREEK_DIGRAPHS: Object.fromEntries(Object.entries(GREEK_DIGRAPHS).map(([key, value]) => [key, value.roman])),
  HEBREW_GERESH,
  HEBREW_HARD,
  HEBREW_LETTERS,
  HEBREW_POINTS,
  LATIN_LETTERS,
  LATIN_TURKIC_LETTERS,
};

describe('script tables', () => {
  it.each(Object.entries(TABLES))('%s romanises to lower-case ASCII letters (or nothing)', (_name, table) => {
    for (const [letter, roman] of Object.entries(table)) expect(roman, letter).toMatch(/^(?:[a-z]*|')$/u);
  });

  it('romanise every letter they list (upper case too) to plain Latin', () => {
    const letters = [ARABIC_LETTERS, ARMENIAN_LETTERS, CYRILLIC_LETTERS, GEORGIAN_LETTERS, GREEK_LETTERS, HEBREW_LETTERS, LATIN_LETTERS].flatMap((table) => Object.keys(table));
    for (const letter of letters) {
      expect(romanize(`(${letter})`), letter).toMatch(/^\([a-z']*\)$/u);
      expect(romanize(`(${letter.toUpperCase()})`), letter).toMatch(/^\([A-Za-z']*\)$/u);
    }
  });
});
