import { describe, expect, it } from 'vitest';
import { deriveArabic, deriveEnglishPlural, deriveFrenchPlural, derivePersian, deriveTurkic, deriveUrdu } from './demonym-rules.js';

describe('deriveArabic', () => {
  it.each([
    ['إيران', 'إيراني'],
    ['روسيا', 'روسي'],
    ['السعودية', 'سعودي'],
    ['العراق', 'عراقي'],
    ['فرنسا', 'فرنسي'],
  ])('%s gives %s, its feminine and the article forms', (name, masculine) => {
    const forms = deriveArabic(name);
    expect(forms).toContain(masculine);
    expect(forms).toContain(`${masculine}ة`);
    expect(forms).toContain(`ال${masculine}`);
    expect(forms).toContain(`ال${masculine}ة`);
  });

  it('declines multi-word names and doubtful endings', () => {
    expect(deriveArabic('كوريا الجنوبية')).toEqual([]);
    expect(deriveArabic('توغو')).toEqual([]);
    expect(deriveArabic('مالي')).toEqual([]);
  });
});

describe('derivePersian', () => {
  it('adds ی, handles a final silent ه and a final vowel', () => {
    expect(derivePersian('ایران')).toContain('ایرانی');
    expect(derivePersian('روسیه')).toEqual(expect.arrayContaining(['روسی', 'روسیان', 'روسیه\u200cای']));
    expect(derivePersian('روسیه')).not.toContain('روسیی');
    expect(derivePersian('کره')).toEqual(['کره\u200cای', 'کره\u200cای\u200cها']);
    expect(derivePersian('آمریکا')).toContain('آمریکایی');
    expect(derivePersian('مالی')).toEqual([]);
  });
});

describe('deriveUrdu', () => {
  it('adds ی after a consonant and replaces a final ہ', () => {
    expect(deriveUrdu('ایران')).toEqual(['ایرانی']);
    expect(deriveUrdu('امریکہ')).toEqual(['امریکی']);
    expect(deriveUrdu('کینیڈا')).toEqual([]);
    expect(deriveUrdu('برطانیہ')).toEqual([]);
  });
});

describe('deriveTurkic', () => {
  it.each([
    ['İran', 'tr', 'İranlı', 'İranlılar'],
    ['Suriye', 'tr', 'Suriyeli', 'Suriyeliler'],
    ['Irak', 'tr', 'Iraklı', 'Iraklılar'],
    ['Rusiya', 'az', 'Rusiyalı', 'Rusiyalılar'],
    ['Ermənistan', 'az', 'Ermənistanlı', 'Ermənistanlılar'],
  ] as const)('%s (%s) gives %s', (name, language, singular, plural) => {
    expect(deriveTurkic(name, language)).toEqual([singular, plural]);
  });

  it('declines acronyms and multi-word names', () => {
    expect(deriveTurkic('ABD', 'tr')).toEqual([]);
    expect(deriveTurkic('Güney Kore', 'tr')).toEqual([]);
  });
});

describe('plurals of stated demonyms', () => {
  it('pluralises English -n/-i and French forms', () => {
    expect(deriveEnglishPlural('Iranian')).toEqual(['Iranians']);
    expect(deriveEnglishPlural('Iraqi')).toEqual(['Iraqis']);
    expect(deriveEnglishPlural('Chinese')).toEqual([]);
    expect(deriveFrenchPlural('Iranienne')).toEqual(['Iraniennes']);
    expect(deriveFrenchPlural('Français')).toEqual([]);
  });
});
