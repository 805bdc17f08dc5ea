/**
 * Country records: names from Intl.DisplayNames (ICU/CLDR), i18n-iso-countries,
 * world-countries and the GeoNames catalogues; demonyms from world-countries
 * (English, French), nationality adjectives checked by hunspell dictionaries
 * (adjective-demonyms.ts) and derivation rules for the languages that allow them.
 */
import type { Country } from 'world-countries';
import type { CountryRecord } from '../../../src/gazetteer/types.js';
import { buildAdjectiveDemonyms } from './adjective-demonyms.js';
import { cleanName } from './clean-name.js';
import type { GeonamesCatalogues } from './debian-sources.js';
import { DEMONYM_RULES, NAME_RULES } from '../../../src/gazetteer/demonym-rules.js';
import { baseLanguage, isInLanguageScript } from './languages.js';
import { NameSet } from './name-set.js';
import type { I18nIsoCountries, SourceCity } from './npm-sources.js';

export interface CountrySources {
  readonly languages: readonly string[];
  readonly worldCountries: readonly Country[];
  readonly isoCountries: I18nIsoCountries;
  readonly catalogues: GeonamesCatalogues;
  readonly cities: readonly SourceCity[];
}

/** Region display names per language, `undefined` for languages ICU has no data for. */
function displayNameReaders(languages: readonly string[]): Map<string, (code: string) => string[]> {
  const readers = new Map<string, (code: string) => string[]>();
  for (const language of languages) {
    if (Intl.DisplayNames.supportedLocalesOf([language]).length === 0) continue;
    const styles = (['long', 'short', 'narrow'] as const).map((style) => new Intl.DisplayNames([language], { type: 'region', style, fallback: 'none' }));
    readers.set(language, (code) => styles.map((names) => names.of(code)).filter((name): name is string => Boolean(name) && name !== code));
  }
  return readers;
}

/** world-countries translations and native names, keyed by BCP-47 base language. */
function worldCountriesNames(country: Country): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (code: string, names: { common: string; official: string }): void => {
    const language = baseLanguage(code);
    if (language) out.set(language, [...(out.get(language) ?? []), names.common, names.official]);
  };
  add('en', country.name);
  for (const [code, names] of Object.entries(country.translations)) add(code, names);
  for (const [code, names] of Object.entries(country.name.native)) add(code, names);
  return out;
}

/** The capital's GeoNames id: the country's PPLC named like the capital, else its biggest namesake. */
function findCapitalId(code: string, capital: string | undefined, cities: readonly SourceCity[]): number | undefined {
  const inCountry = cities.filter((city) => city.country === code);
  const seats = inCountry.filter((city) => city.featureCode === 'PPLC');
  const named = (city: SourceCity): boolean => city.name === capital;
  const pick = seats.find(named) ?? (seats.length === 1 ? seats[0] : undefined) ?? inCountry.filter(named).sort((a, b) => b.population - a.population)[0];
  return pick?.cityId;
}

function deriveDemonyms(names: NameSet, demonyms: NameSet): NameSet {
  const derived = new NameSet();
  for (const [language, rule] of Object.entries(NAME_RULES)) derived.add(language, names.get(language).flatMap(rule));
  for (const [language, rule] of Object.entries(DEMONYM_RULES)) derived.add(language, demonyms.get(language).flatMap(rule));
  // A derived form already stated by a source is not derived.
  const out = new NameSet();
  for (const [language, forms] of Object.entries(derived.toJSON())) out.add(language, forms.filter((form) => !demonyms.hasAnywhere(form)));
  return out;
}

export function buildCountries(sources: CountrySources): CountryRecord[] {
  const placesPopulation = new Map<string, number>();
  for (const city of sources.cities) placesPopulation.set(city.country, (placesPopulation.get(city.country) ?? 0) + city.population);
  const readers = displayNameReaders(sources.languages);
  const isoNames = new Map(sources.languages.filter((l) => sources.isoCountries.langs().includes(l)).map((l) => [l, sources.isoCountries.getNames(l, { select: 'all' })]));
  const records: CountryRecord[] = [];
  for (const country of [...sources.worldCountries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const code = country.cca2;
    const fromWorld = worldCountriesNames(country);
    const names = new NameSet();
    for (const language of new Set(['en', ...sources.languages])) {
      const raw = [
        ...(readers.get(language)?.(code) ?? []),
        ...(isoNames.get(language)?.[code] ?? []),
        ...(fromWorld.get(language) ?? []),
        ...(sources.catalogues.get(language)?.get(code) ?? []).filter((name) => isInLanguageScript(name, language)),
      ];
      names.add(language, raw.flatMap((name) => cleanName(name, language)));
    }
    // Native names in languages outside the list still identify the country.
    for (const [language, native] of fromWorld) if (!sources.languages.includes(language) && language !== 'en') names.add(language, native.flatMap((n) => cleanName(n, language)));
    names.add('und', country.altSpellings.flatMap((name) => cleanName(name, 'und')).filter((name) => !names.hasAnywhere(name)));

    const demonyms = new NameSet();
    demonyms.add('en', [country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter((d): d is string => Boolean(d)));
    demonyms.add('fr', [country.demonyms?.fra?.m, country.demonyms?.fra?.f].filter((d): d is string => Boolean(d)));

    const capital = country.capital[0];
    const capitalId = findCapitalId(code, capital, sources.cities);
    records.push({
      code,
      names: names.toJSON(),
      demonyms: demonyms.toJSON(),
      derivedDemonyms: deriveDemonyms(names, demonyms).toJSON(),
      ...(capital ? { capital } : {}),
      ...(capitalId !== undefined ? { capitalId } : {}),
      lat: country.latlng[0],
      lon: country.latlng[1],
      placesPopulation: placesPopulation.get(code) ?? 0,
    });
  }
  // Adjectives checked against a dictionary count as stated ("иранский", "iraní" and their forms).
  const adjectives = buildAdjectiveDemonyms(records);
  return records.map((record) => {
    const byLanguage = adjectives.get(record.code);
    if (!byLanguage) return record;
    const demonyms = new NameSet();
    for (const [language, forms] of Object.entries(record.demonyms)) demonyms.add(language, forms);
    for (const [language, forms] of byLanguage) demonyms.add(language, forms);
    return { ...record, demonyms: demonyms.toJSON() };
  });
}
