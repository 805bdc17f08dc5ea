import { describe, expect, it } from 'vitest';
import { allLanguagePacks } from '../lang/registry.js';
import { demonymVariantForms, demonymVariantsByCountry } from './demonym-variants.js';
import { Gazetteer } from './gazetteer.js';
import { fileSource, lookupDemonym } from './index.js';

describe('demonymVariantForms', () => {
  it('inflects with the generator rules of the language', () => {
    expect(demonymVariantForms('таджикский', 'ru')).toContain('таджикскими');
    expect(demonymVariantForms('kazajo', 'es')).toEqual(['kazajo', 'kazaja', 'kazajos', 'kazajas']);
    expect(demonymVariantForms('Azeri', 'en')).toEqual(['Azeri', 'Azeris']);
    expect(demonymVariantForms('أذري', 'ar')).toEqual(['أذري', 'أذرية', 'أذريون', 'أذريين', 'أذريات']);
  });

  it('keeps a form it has no rule for as written', () => {
    expect(demonymVariantForms('Özbek', 'tr')).toEqual(['Özbek']);
  });
});

describe('pack demonym variants in the gazetteer', () => {
  it('regroups the packs by country, upper-casing the code', () => {
    const byCountry = demonymVariantsByCountry([
      { language: 'en', variants: { az: ['Azeri'] } },
      { language: 'fr', variants: { AZ: ['azéri'] } },
    ]);
    expect(byCountry.get('AZ')).toEqual({ en: ['Azeri', 'Azeris'], fr: ['azéri', 'azéris'] });
  });

  it('finds the country of a variant the data files lack, in any script and with the article', () => {
    for (const word of ['Azeri', 'Azeris', 'azéries', 'الأذري', 'الآذرية']) expect(lookupDemonym(word)[0]?.country, word).toBe('AZ');
    expect(lookupDemonym('казахских')[0]?.country).toBe('KZ');
    expect(lookupDemonym('Britons')[0]?.country).toBe('GB');
  });

  it('indexes variants as stated forms, and a gazetteer without them does not know them', () => {
    expect(lookupDemonym('Azeri')[0]?.derived).toBe(false);
    expect(new Gazetteer(fileSource()).lookupDemonym('Azeri')).toEqual([]);
  });

  it('every pack variant names a country the data knows', () => {
    const gazetteer = new Gazetteer(fileSource());
    for (const pack of allLanguagePacks()) {
      for (const code of Object.keys(pack.entities.demonymVariants)) expect(gazetteer.placeById(code)?.kind, `${pack.code} ${code}`).toBe('country');
    }
  });
});
