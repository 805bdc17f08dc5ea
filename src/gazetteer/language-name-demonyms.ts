/**
 * Nationality adjectives read off language names. Many languages name a
 * language with the nation's adjective («польский», "لهستانی", "البولندية",
 * "Polnisch", "polaco"), and `Intl.DisplayNames` knows every language's name in
 * every CLDR locale, so a language named after one nation gives that nation's
 * adjective in all of them: the gazetteer's sources state few demonyms outside
 * English and French, and the generator's derivation from country names misses
 * irregular stems (Польша → польский, Швеция → шведский, Dänemark → dänisch).
 */
import type { PackDemonyms } from './demonym-variants.js';

/**
 * Languages named after one nation, with that nation's country. Left out on
 * purpose: languages of many nations (English, Arabic, Spanish's "Latin
 * American" readers still say "español" for Spain only, so Spanish stays), and
 * languages whose name is not the nation's adjective (Persian is not "Iranian",
 * Hindi not "Indian", Hebrew not "Israeli", Pashto not "Afghan", Malay not "Malaysian").
 */
const NATIONAL_LANGUAGES: Readonly<Record<string, string>> = {
  pl: 'PL', sv: 'SE', hu: 'HU', da: 'DK', no: 'NO', fi: 'FI', el: 'GR', cs: 'CZ', sk: 'SK', bg: 'BG',
  ro: 'RO', hr: 'HR', sr: 'RS', sl: 'SI', lt: 'LT', lv: 'LV', et: 'EE', uk: 'UA', ru: 'RU', be: 'BY',
  ka: 'GE', hy: 'AM', az: 'AZ', tr: 'TR', ja: 'JP', ko: 'KR', zh: 'CN', vi: 'VN', th: 'TH', id: 'ID',
  km: 'KH', lo: 'LA', my: 'MM', ne: 'NP', mn: 'MN', kk: 'KZ', uz: 'UZ', ky: 'KG', tg: 'TJ', tk: 'TM',
  is: 'IS', mt: 'MT', sq: 'AL', mk: 'MK', lb: 'LU', so: 'SO', pt: 'PT', es: 'ES', fr: 'FR', it: 'IT',
  de: 'DE', nl: 'NL',
};

/**
 * How each pack language writes a language's name, turned into the base form
 * of the nationality adjective, or null where the name is no such adjective
 * (Turkish "Lehçe", Armenian "լեհերեն" name languages with a suffix of their own).
 */
const BASE_FORM: Readonly<Record<string, (name: string) => string | null>> = {
  ru: (name) => (/^\p{Ll}+(?:ский|цкий)$/u.test(name) ? name : null),
  // Ukrainian names the language in the feminine (мова): «польська» → «польський».
  uk: (name) => (/^\p{Ll}+(?:ська|цька)$/u.test(name) ? `${name.slice(0, -1)}ий` : null),
  de: (name) => (/^\p{Lu}\p{Ll}+isch$/u.test(name) ? name.toLowerCase() : null),
  nl: (name) => (/^\p{Lu}\p{Ll}+s$/u.test(name) ? name.toLowerCase() : null),
  // Arabic names it in the feminine with the article (اللغة البولندية): "البولندية" → "بولندي".
  ar: (name) => (/^ال\p{L}+ية$/u.test(name) ? `${name.slice(2, -2)}ي` : null),
  // Persian and Urdu adjectives in ی ("لهستانی", "کوریائی"); Urdu's English loans ("پولش") are left out.
  fa: (name) => (/^[\p{L}\u200C]+ی$/u.test(name) ? name : null),
  ur: (name) => (/^[\p{L}\u200C]+ی$/u.test(name) ? name : null),
  es: singleLowerWord,
  it: singleLowerWord,
  pt: singleLowerWord,
  fr: singleLowerWord,
  pl: singleLowerWord,
};

function singleLowerWord(name: string): string | null {
  return /^\p{Ll}+$/u.test(name) ? name : null;
}

/**
 * Nationality adjectives from language names, as pack variants (base forms,
 * which the gazetteer inflects like the packs' own).
 * @example languageNameDemonyms(['ru']) // [{ language: 'ru', variants: { PL: ['польский'], SE: ['шведский'], … } }]
 */
export function languageNameDemonyms(languages: readonly string[]): PackDemonyms[] {
  const packs: PackDemonyms[] = [];
  for (const language of languages) {
    const baseForm = BASE_FORM[language];
    if (!baseForm) continue;
    const names = new Intl.DisplayNames([language], { type: 'language', fallback: 'none' });
    const variants: Record<string, string[]> = {};
    for (const [code, country] of Object.entries(NATIONAL_LANGUAGES)) {
      const name = names.of(code);
      const base = name ? baseForm(name) : null;
      if (base) variants[country] = [base];
    }
    packs.push({ language, variants });
  }
  return packs;
}
