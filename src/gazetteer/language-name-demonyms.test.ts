import { describe, expect, it } from 'vitest';
import { lookupDemonym } from './index.js';
import { languageNameDemonyms } from './language-name-demonyms.js';

describe('nationality adjectives read off language names', () => {
  it('turns a language named after one nation into its adjective, in the base form each language needs', () => {
    const variants = Object.fromEntries(languageNameDemonyms(['ru', 'uk', 'ar', 'de', 'fa']).map((pack) => [pack.language, pack.variants]));
    expect(variants.ru?.PL).toEqual(['польский']);
    expect(variants.uk?.PL).toEqual(['польський']);
    expect(variants.ar?.KR).toEqual(['كوري']);
    expect(variants.de?.SE).toEqual(['schwedisch']);
    expect(variants.fa?.PL).toEqual(['لهستانی']);
  });

  it('leaves out languages of many nations and languages whose names are no adjective', () => {
    const [ru] = languageNameDemonyms(['ru']);
    // English is not "British", Arabic names no one country, Persian is not "Iranian".
    expect(Object.keys(ru?.variants ?? {})).not.toEqual(expect.arrayContaining(['GB']));
    expect(Object.values(ru?.variants ?? {}).flat()).not.toContain('английский');
    expect(Object.values(ru?.variants ?? {}).flat()).not.toContain('арабский');
    // Turkish names languages with a suffix of its own ("Lehçe"): nothing to read.
    expect(languageNameDemonyms(['tr', 'hy'])).toEqual([]);
  });

  it('lets the gazetteer find inflected forms the country names could not give', () => {
    expect(lookupDemonym('польского')[0]?.country).toBe('PL');
    expect(lookupDemonym('dänischen')[0]?.country).toBe('DK');
    expect(lookupDemonym('الكورية')[0]?.country).toBe('KR');
    expect(lookupDemonym('آمریکایی')[0]?.country).toBe('US');
  });
});
