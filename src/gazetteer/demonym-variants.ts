/**
 * Nationality words a language pack adds to the gazetteer (`demonymVariants`:
 * "Azeri", «таджикский», "أذري"), with the forms the generator's rules give
 * them, so a pack lists base forms and the endings stay in one place.
 */
import { inflectAdjective, type AdjectiveLanguage } from './adjective-rules.js';
import { DEMONYM_RULES } from './demonym-rules.js';
import type { NamesByLanguage } from './types.js';

const ADJECTIVE_LANGUAGES: ReadonlySet<string> = new Set<AdjectiveLanguage>(['ru', 'uk', 'de', 'es', 'it', 'nl']);
const ARABIC_NISBA_ENDINGS = ['ي', 'ية', 'يون', 'يين', 'يات'];

function isAdjectiveLanguage(language: string): language is AdjectiveLanguage {
  return ADJECTIVE_LANGUAGES.has(language);
}

/**
 * Every written form of a base form in `language`: itself, plus the inflections
 * the rules know (the article ال is left to the lookup's clitic stripping).
 * @example demonymVariantForms('أذري', 'ar') // ['أذري', 'أذرية', 'أذريون', 'أذريين', 'أذريات']
 * @example demonymVariantForms('Azeri', 'en') // ['Azeri', 'Azeris']
 */
export function demonymVariantForms(base: string, language: string): string[] {
  const forms = isAdjectiveLanguage(language) ? inflectAdjective(base, language) : [base, ...(DEMONYM_RULES[language]?.(base) ?? [])];
  if (language === 'ar' && base.endsWith('ي')) forms.push(...ARABIC_NISBA_ENDINGS.map((ending) => base.slice(0, -1) + ending));
  return [...new Set([base, ...forms])];
}

/** A pack's variants as the gazetteer indexes them. */
export interface PackDemonyms {
  readonly language: string;
  readonly variants: Readonly<Record<string, readonly string[]>>;
}

/**
 * The packs' variants regrouped by country, every form expanded.
 * @example demonymVariantsByCountry([{ language: 'en', variants: { AZ: ['Azeri'] } }]).get('AZ') // { en: ['Azeri', 'Azeris'] }
 */
export function demonymVariantsByCountry(packs: readonly PackDemonyms[]): Map<string, NamesByLanguage> {
  const byCountry = new Map<string, Record<string, string[]>>();
  for (const { language, variants } of packs) {
    for (const [country, bases] of Object.entries(variants)) {
      const names = byCountry.get(country.toUpperCase()) ?? {};
      names[language] = [...new Set([...(names[language] ?? []), ...bases.flatMap((base) => demonymVariantForms(base, language))])];
      byCountry.set(country.toUpperCase(), names);
    }
  }
  return byCountry;
}
