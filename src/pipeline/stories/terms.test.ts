import { describe, expect, it } from 'vitest';
import { addTerms, STEM_LENGTH, stemOf } from './terms.js';

const termsOf = (text: string, language: string | null, weight = 1): Map<string, number> => addTerms(new Map(), text, language, weight);

describe('addTerms', () => {
  it('folds case and diacritics, drops stop words and cuts words to a stem, keyed by language', () => {
    expect(termsOf('The Ceasefire talks in ZÜRICH', 'en', 3)).toEqual(
      new Map([
        ['en:ceasef', 3],
        ['en:talks', 3],
        ['en:zurich', 3],
      ]),
    );
  });

  it('lets inflections meet on one stem and adds their weights', () => {
    expect(termsOf('ceasefire ceasefires', 'en', 2)).toEqual(new Map([['en:ceasef', 4]]));
    expect(termsOf('переговоры переговорах', 'ru')).toEqual(new Map([['ru:перего', 2]]));
    expect(termsOf('Переговоры', 'ru')).toEqual(termsOf('переговорах', 'ru'));
  });

  it('strips Arabic clitics and the article, so المشاورات and مشاورات share a stem', () => {
    const withArticle = termsOf('المشاورات', 'ar');
    expect([...withArticle.keys()]).toEqual(['ar:مشاورا']);
    expect(termsOf('مشاورات', 'ar')).toEqual(withArticle);
    expect(termsOf('والمشاورات', 'ar')).toEqual(withArticle);
    expect(termsOf('بالمشاورات', 'ar')).toEqual(withArticle);
  });

  it('leaves out words with digits and words shorter than three letters', () => {
    expect(termsOf('G7 summit at UN in 2020 on covid19', 'en')).toEqual(new Map([['en:summit', 1]]));
  });

  it('prefixes "und" when the language is unknown, so terms of different languages never share a key', () => {
    expect([...termsOf('summit', null).keys()]).toEqual(['und:summit']);
    expect([...termsOf('summit', 'fr').keys()]).toEqual(['fr:summit']);
  });
});

describe('stemOf', () => {
  it('returns null for stop words, digits and bare clitics, and at most STEM_LENGTH letters otherwise', () => {
    const stopwords = new Set(['about']);
    expect(stemOf('about', stopwords)).toBeNull();
    expect(stemOf('4029tv', stopwords)).toBeNull();
    expect(stemOf('earthquake', stopwords)).toBe('earthquake'.slice(0, STEM_LENGTH));
    expect(stemOf('war', stopwords)).toBe('war');
    expect(stemOf('al', stopwords)).toBeNull();
  });
});

describe('addTerms in Chinese and Japanese', () => {
  it('makes terms of neighbouring characters, which one-character words cannot be', () => {
    const terms = addTerms(new Map(), '伊朗与俄罗斯通电话', 'zh', 1);
    expect([...terms.keys()]).toEqual(expect.arrayContaining(['zh:伊朗', 'zh:俄罗', 'zh:罗斯', 'zh:电话']));
    expect([...terms.keys()].every((term) => [...term.slice(3)].length === 2)).toBe(true);
  });

  it('does not join characters across other words or punctuation', () => {
    expect([...addTerms(new Map(), '伊朗, Iran 俄', 'zh', 1).keys()]).toEqual(['zh:伊朗', 'zh:iran']);
  });
});
