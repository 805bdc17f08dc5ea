/**
 * Region records: CLDR subdivision names (ISO 3166-2) for the regular codes
 * that have an English name.
 */
import type { RegionRecord } from '../../../src/gazetteer/types.js';
import { isoSubdivisionId, readSubdivisionNames, regularSubdivisionCodes } from './cldr-subdivisions.js';
import { cleanName } from './clean-name.js';
import { NameSet } from './name-set.js';

export function buildRegions(languages: readonly string[]): RegionRecord[] {
  const regular = regularSubdivisionCodes();
  const byLanguage = new Map(languages.map((language) => [language, readSubdivisionNames(language)]));
  const english = byLanguage.get('en') ?? readSubdivisionNames('en');
  const records: RegionRecord[] = [];
  for (const code of [...english.keys()].filter((c) => regular.has(c)).sort()) {
    const names = new NameSet();
    names.add('en', cleanName(english.get(code)!, 'en'));
    for (const language of languages) {
      const name = byLanguage.get(language)?.get(code);
      if (name) names.add(language, cleanName(name, language));
    }
    if (names.get('en').length === 0) continue;
    records.push({ id: isoSubdivisionId(code), country: code.slice(0, 2).toUpperCase(), names: names.toJSON() });
  }
  return records;
}
