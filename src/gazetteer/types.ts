/**
 * Shapes of the generated gazetteer files (written by
 * scripts/generate-gazetteer.ts) and of what the loader returns.
 */

/** Names per BCP-47 language; "und" holds alternatives whose language no source states. */
export type NamesByLanguage = Readonly<Record<string, readonly string[]>>;

export interface CountryRecord {
  /** ISO 3166-1 alpha-2. */
  readonly code: string;
  /** Common, official and alternative names. */
  readonly names: NamesByLanguage;
  /** Demonyms and nationality adjectives a source states (English and French from world-countries). */
  readonly demonyms: NamesByLanguage;
  /** Demonyms made by a per-language rule from the country name: weigh them lower. */
  readonly derivedDemonyms: NamesByLanguage;
  /** Capital in English, when the country has one. */
  readonly capital?: string;
  /** GeoNames id of the capital when it is among the cities. */
  readonly capitalId?: number;
  readonly lat: number;
  readonly lon: number;
  /**
   * Sum of the populations of the country's GeoNames places of 1000+ people:
   * a ranking proxy for countries sharing a name or demonym, not a census figure.
   */
  readonly placesPopulation: number;
}

export interface CityRecord {
  /** GeoNames id. */
  readonly id: number;
  /** ISO 3166-1 alpha-2 of the country. */
  readonly country: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
  /** `names.en[0]` is the canonical English name. */
  readonly names: NamesByLanguage;
}

export interface RegionRecord {
  /** ISO 3166-2, e.g. "AM-ER". */
  readonly id: string;
  readonly country: string;
  /** `names.en[0]` is the canonical English name. */
  readonly names: NamesByLanguage;
}

export interface SourceNote {
  readonly name: string;
  readonly version: string;
  readonly license: string;
  readonly use: string;
}

/** Header of every generated file. */
export interface GeneratedMeta {
  readonly notice: string;
  readonly format: number;
  /** License of the file as a whole (the strictest of its sources'). */
  readonly license: string;
  readonly sources: readonly SourceNote[];
  readonly languages: readonly string[];
  readonly selection?: string;
  readonly records: number;
}

export interface GeneratedFile<T> {
  readonly meta: GeneratedMeta;
  readonly records: readonly T[];
}

export type PlaceKind = 'country' | 'city' | 'region';

/** A place as the loader returns it. */
export interface Place {
  /** Country: ISO alpha-2 ("RU"); city: GeoNames id as a string ("524901"); region: ISO 3166-2 ("AM-ER"). */
  readonly id: string;
  readonly kind: PlaceKind;
  /** ISO alpha-2 of the country the place is in (the country itself for a country). */
  readonly country: string;
  /** Canonical English name. */
  readonly name: string;
  readonly population?: number;
  readonly lat?: number;
  readonly lon?: number;
}

/** A place whose name matched a looked-up word. */
export interface PlaceMatch extends Place {
  /** Languages whose names hold the matched form ("und": a source gave no language). */
  readonly languages: readonly string[];
}

export interface DemonymMatch {
  /** ISO alpha-2 of the country the demonym points to. */
  readonly country: string;
  /** The stored form that matched. */
  readonly form: string;
  /** Languages the form is recorded in. */
  readonly languages: readonly string[];
  /** True when the form comes from a derivation rule, not from a source: weigh it lower. */
  readonly derived: boolean;
}
