/**
 * Nationality adjectives for languages whose forms no source lists in full
 * (Russian, Ukrainian) or lists only as one lemma (German, Spanish, Italian,
 * Dutch from i18n-nationality): a lemma is kept only when the language's
 * hunspell dictionary knows it (Debian hunspell-*), then inflected by
 * src/gazetteer/adjective-rules.ts. The dictionaries only filter guesses; no
 * word list is copied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldForMatch } from '../../../src/lang/match-fold.js';
import { inflectAdjective, slavicAdjectiveCandidates, slavicMasculine, type AdjectiveLanguage } from '../../../src/gazetteer/adjective-rules.js';
import type { NamesByLanguage } from '../../../src/gazetteer/types.js';

const require = createRequire(import.meta.url);

/** The dictionary each language's lemmas are checked against. */
export const HUNSPELL_DICTIONARIES: Readonly<Record<AdjectiveLanguage, { package: string; file: string }>> = {
  ru: { package: 'hunspell-ru', file: '/usr/share/hunspell/ru_RU.dic' },
  uk: { package: 'hunspell-uk', file: '/usr/share/hunspell/uk_UA.dic' },
  de: { package: 'hunspell-de-de', file: '/usr/share/hunspell/de_DE.dic' },
  es: { package: 'hunspell-es', file: '/usr/share/hunspell/es_ES.dic' },
  it: { package: 'hunspell-it', file: '/usr/share/hunspell/it_IT.dic' },
  nl: { package: 'hunspell-nl', file: '/usr/share/hunspell/nl_NL.dic' },
};

const LANGUAGES = Object.keys(HUNSPELL_DICTIONARIES) as AdjectiveLanguage[];

interface Dictionary {
  readonly words: ReadonlySet<string>;
  /** Folded form (foldForMatch) → dictionary word ("irani" → "iraní"), for sources that drop accents. */
  readonly byBareForm: ReadonlyMap<string, string>;
}


function readDictionary(file: string, language: string): Dictionary {
  const words = new Set<string>();
  const byBareForm = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const word = line.split('/')[0]?.trim().toLocaleLowerCase(language);
    if (!word) continue;
    words.add(word);
    const folded = foldForMatch(word);
    if (!byBareForm.has(folded)) byBareForm.set(folded, word);
  }
  return { words, byBareForm };
}

/** Missing dictionary files, as Debian package names. */
export function missingDictionaries(): string[] {
  return LANGUAGES.filter((language) => !existsSync(HUNSPELL_DICTIONARIES[language].file)).map((language) => HUNSPELL_DICTIONARIES[language].package);
}

/** Countries from which on a word of multi-word names is generic rather than the country's own ("Республика", "Исламская"). */
const SHARED_BY = 3;

/**
 * Continents' names in `language` (Intl region codes): "Южная Африка" must not
 * make "африканский" South African. The Americas are left out on purpose: in
 * Russian and Ukrainian news "американский" means of the United States.
 */
function continentWords(language: string): Set<string> {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
  return new Set(['002', '142', '150', '009', '010'].flatMap((code) => names.of(code)?.toLocaleLowerCase(language).split(/\s+/u) ?? []));
}

/** Words of multi-word names that several countries use ("Республика", "Исламская", "Французская"), and continents. */
function sharedWords(countries: readonly { names: NamesByLanguage }[], language: string): Set<string> {
  const owners = new Map<string, Set<number>>();
  countries.forEach((country, index) => {
    for (const name of country.names[language] ?? []) {
      const words = name.toLocaleLowerCase(language).split(/\s+/u);
      if (words.length < 2) continue;
      for (const word of words) owners.set(word, (owners.get(word) ?? new Set()).add(index));
    }
  });
  return new Set([...[...owners].filter(([, set]) => set.size >= SHARED_BY).map(([word]) => word), ...continentWords(language)]);
}

/**
 * The words of a Russian or Ukrainian name an adjective may come from: the one
 * word of a one-word name; the leading adjective of a longer one when it is
 * the country's own ("Саудовская Аравия") or all the rest is generic
 * ("Французская Республика", but not "Исламская Республика Иран"); the
 * country's own last word after generic ones ("Республика Корея") or closing
 * a name of three or more words without conjunctions ("Соединённые Штаты
 * Америки"). A generic last word ("Республика") never gives one.
 */
function slavicLemmaCandidates(name: string, language: 'ru' | 'uk', shared: ReadonlySet<string>): string[] {
  const words = name.split(/\s+/u);
  if (words.length === 1) return slavicAdjectiveCandidates(name, language);
  const out: string[] = [];
  const lower = (word: string): string => word.toLocaleLowerCase(language);
  const masculine = slavicMasculine(words[0]!, language);
  if (masculine && (!shared.has(lower(words[0]!)) || words.slice(1).every((word) => shared.has(lower(word))))) out.push(masculine);
  const last = words.at(-1)!;
  const leadShared = words.slice(0, -1).every((word) => shared.has(lower(word)));
  const genitiveTail = words.length >= 3 && words.every((word) => [...word].length > 2) && /[иы]$/u.test(last);
  if (!shared.has(lower(last)) && (leadShared || genitiveTail)) out.push(...slavicAdjectiveCandidates(last, language));
  return out;
}

type NationalityTable = Readonly<Record<string, string>>;

function nationalityTable(language: AdjectiveLanguage): NationalityTable {
  if (language === 'ru' || language === 'uk') return {};
  return (require(`i18n-nationality/langs/${language}.json`) as { nationalities: NationalityTable }).nationalities;
}

/** The dictionary's spelling of a source's one-word adjective ("Irani" → "iraní"), or null when it knows none. */
function checkedLemma(form: string, language: AdjectiveLanguage, dictionary: Dictionary): string | null {
  if (/[\s-]/u.test(form)) return null;
  const lower = form.toLocaleLowerCase(language);
  if (dictionary.words.has(lower)) return lower;
  return dictionary.byBareForm.get(foldForMatch(lower)) ?? null;
}

/**
 * Nationality adjectives per country code, each language's lemma (checked by
 * its dictionary) with all its forms.
 */
export function buildAdjectiveDemonyms(countries: readonly { code: string; names: NamesByLanguage }[]): Map<string, Map<string, string[]>> {
  const out = new Map<string, Map<string, string[]>>();
  for (const language of LANGUAGES) {
    const dictionary = readDictionary(HUNSPELL_DICTIONARIES[language].file, language);
    const shared = sharedWords(countries, language);
    const nationalities = nationalityTable(language);
    for (const country of countries) {
      const lemmas = new Set<string>();
      if (language === 'ru' || language === 'uk') {
        for (const name of country.names[language] ?? []) {
          const lemma = slavicLemmaCandidates(name, language, shared).find((candidate) => dictionary.words.has(candidate));
          if (lemma) lemmas.add(lemma);
        }
      } else {
        const stated = nationalities[country.code];
        const lemma = stated ? checkedLemma(stated, language, dictionary) : null;
        if (lemma) lemmas.add(lemma);
      }
      if (lemmas.size === 0) continue;
      const forms = [...lemmas].flatMap((lemma) => inflectAdjective(lemma, language));
      const byLanguage = out.get(country.code) ?? new Map<string, string[]>();
      byLanguage.set(language, [...new Set(forms)]);
      out.set(country.code, byLanguage);
    }
  }
  return out;
}

export function adjectiveSourceNote(): { name: string; version: string; license: string; use: string }[] {
  const version = (require('i18n-nationality/package.json') as { version: string }).version;
  return [
    { name: 'i18n-nationality (npm)', version, license: 'MIT', use: 'de, es, it, nl nationality adjectives (one lemma per country), kept when the hunspell dictionary knows them' },
    {
      name: 'Debian hunspell-ru, hunspell-uk, hunspell-de-de, hunspell-es, hunspell-it, hunspell-nl',
      version: 'installed',
      license: 'used as a filter only, no word list is copied (licenses in /usr/share/doc/hunspell-*/copyright)',
      use: 'a guessed (ru, uk) or stated (de, es, it, nl) adjective lemma is kept when the dictionary lists it',
    },
  ];
}
