/**
 * Which languages the gazetteer keeps names in. The language packs come from
 * the registry, so adding a pack adds its names at the next generation.
 */
import { allLanguagePacks } from '../../../src/lang/registry.js';

/** Languages of the project's packs, in registry order. */
export const PACK_LANGUAGES: readonly string[] = allLanguagePacks().map((pack) => pack.code);

/**
 * Neighbours of the packs' press (Caucasus, Middle East, Central Asia, the
 * former USSR): likely next packs, and their names cost little.
 */
const NEIGHBOUR_LANGUAGES = ['he', 'ku', 'ckb', 'ps', 'ka', 'kk', 'ky', 'uz', 'tk', 'tg', 'be', 'bg', 'sr', 'el', 'ro'];

/** Languages of city and region names. */
export const PLACE_LANGUAGES: readonly string[] = [...new Set([...PACK_LANGUAGES, ...NEIGHBOUR_LANGUAGES])];

/**
 * BCP-47 base language for a source's code: ISO 639-3 ("fas", "per") and
 * regional variants ("pt_BR", "sr@latin") included; ICU knows the aliases.
 * @example baseLanguage('per') // 'fa'
 */
export function baseLanguage(code: string): string | null {
  const cleaned = code.replace(/@.*$/u, '').replace(/_/gu, '-');
  try {
    return new Intl.Locale(Intl.getCanonicalLocales(cleaned)[0] ?? cleaned).language;
  } catch {
    return null;
  }
}

/** Unicode script property values that a language's usual script (ISO 15924) covers. */
const SCRIPT_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  Hans: ['Han'],
  Hant: ['Han'],
  Jpan: ['Han', 'Hiragana', 'Katakana'],
  Kore: ['Hangul', 'Han'],
};

const scriptTests = new Map<string, RegExp>();

/** True when every letter of `name` is in the usual script of `language` (ICU likely subtags). */
export function isInLanguageScript(name: string, language: string): boolean {
  let test = scriptTests.get(language);
  if (!test) {
    const script = new Intl.Locale(language).maximize().script ?? 'Latn';
    const properties = (SCRIPT_PROPERTIES[script] ?? [script]).map((p) => `\\p{Script=${p}}`).join('');
    test = new RegExp(`^(?:[^\\p{L}]|[${properties}])+$`, 'u');
    scriptTests.set(language, test);
  }
  return /\p{L}/u.test(name) && test.test(name);
}
