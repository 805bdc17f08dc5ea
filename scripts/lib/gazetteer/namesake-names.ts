/**
 * A city the catalogues name only in English borrows the other languages' names of its namesakes: the
 * localized name of "Washington" is a transliteration of the word, the same for the capital as for the
 * Utah town the catalogue happens to list ("واشنطن"). Without this the capital, which the catalogue
 * leaves untranslated, loses its own name to a town of 24,000 people.
 */
import type { CityRecord, NamesByLanguage } from '../../../src/gazetteer/types.js';
import { foldForMatch } from '../../../src/lang/match-fold.js';
import { compareLanguages } from './name-set.js';

/** The English name that makes two cities namesakes ("Washington"), folded. */
function namesakeKey(city: CityRecord): string {
  return foldForMatch(city.names.en?.[0] ?? '');
}

/**
 * Records with every language a namesake has and the city lacks filled from its namesakes, in order of
 * population (the biggest namesake's spelling first). Forms equal to the English name are not copied: they
 * add nothing a lookup does not find already. Languages a city has are left as they are.
 */
export function shareNamesWithNamesakes(records: readonly CityRecord[]): CityRecord[] {
  const groups = new Map<string, CityRecord[]>();
  for (const city of records) {
    const key = namesakeKey(city);
    if (!key) continue;
    const group = groups.get(key) ?? [];
    group.push(city);
    groups.set(key, group);
  }
  return records.map((city) => {
    const namesakes = (groups.get(namesakeKey(city)) ?? []).filter((other) => other !== city).sort((a, b) => b.population - a.population || a.id - b.id);
    const english = new Set((city.names.en ?? []).map(foldForMatch));
    const added: Record<string, string[]> = {};
    for (const namesake of namesakes) {
      for (const [language, names] of Object.entries(namesake.names)) {
        if (language === 'en' || language === 'und' || city.names[language]) continue;
        const list = (added[language] ??= []);
        for (const name of names) if (!english.has(foldForMatch(name)) && !list.includes(name)) list.push(name);
      }
    }
    const languages = Object.entries(added).filter(([, names]) => names.length > 0);
    if (languages.length === 0) return city;
    const names: NamesByLanguage = Object.fromEntries([...Object.entries(city.names), ...languages].sort(([a], [b]) => compareLanguages(a, b)));
    return { ...city, names };
  });
}
