/**
 * Place and demonym lookup over the generated gazetteer. Each data file is
 * read and indexed on first use: country names and demonyms need only the
 * countries (250 records); place lookup reads cities and regions too.
 */
import { NameIndex } from './name-index.js';
import type { GazetteerSource } from './read-data-files.js';
import { arabicBareForms, isArabicScript, searchKey } from './search-key.js';
import { buildStateForms, stateFormKey, type StateForms } from './state-forms.js';
import type { CityRecord, CountryRecord, DemonymMatch, NamesByLanguage, Place, PlaceKind, PlaceMatch, RegionRecord } from './types.js';

interface PlaceTable {
  readonly byId: ReadonlyMap<string, Place>;
  readonly index: NameIndex<Place>;
}

interface CountryTable extends PlaceTable {
  readonly records: ReadonlyMap<string, CountryRecord>;
  readonly demonyms: NameIndex<DemonymItem>;
}

interface DemonymItem {
  readonly country: string;
  readonly derived: boolean;
}

export interface LoadedRecordCounts {
  readonly countries: number;
  readonly cities: number;
  readonly regions: number;
}

const KIND_ORDER: Readonly<Record<PlaceKind, number>> = { country: 0, city: 1, region: 2 };

function countryPlace(record: CountryRecord): Place {
  return { id: record.code, kind: 'country', country: record.code, name: record.names.en?.[0] ?? record.code, lat: record.lat, lon: record.lon };
}

function cityPlace(record: CityRecord): Place {
  const { id, country, population, lat, lon } = record;
  return { id: String(id), kind: 'city', country, name: record.names.en?.[0] ?? String(id), population, lat, lon };
}

function regionPlace(record: RegionRecord): Place {
  return { id: record.id, kind: 'region', country: record.country, name: record.names.en?.[0] ?? record.id };
}

function placeTable<R extends { names: CountryRecord['names'] }>(records: readonly R[], toPlace: (record: R) => Place): PlaceTable {
  const byId = new Map<string, Place>();
  const index = new NameIndex<Place>();
  for (const record of records) {
    const place = toPlace(record);
    byId.set(place.id, place);
    index.addNames(place, record.names);
  }
  return { byId, index };
}

/** Base language of a BCP-47 tag ("fa-IR" → "fa"), lower case. */
function baseOf(language: string): string {
  return language.trim().replace(/_/gu, '-').split('-')[0]!.toLowerCase();
}

const arabicScriptLanguages = new Map<string, boolean>();

function writesArabicScript(language: string): boolean {
  const base = baseOf(language);
  let answer = arabicScriptLanguages.get(base);
  if (answer === undefined) {
    try {
      answer = new Intl.Locale(base).maximize().script === 'Arab';
    } catch {
      answer = false;
    }
    arabicScriptLanguages.set(base, answer);
  }
  return answer;
}

/**
 * Countries first (the one with more people first); then by population, a region ranking just after the biggest
 * matched city of its country (Moscow, then the federal city of Moscow, then
 * Moscow in Idaho) and last when there is none; ties by kind and id.
 */
function orderMatches(matches: PlaceMatch[], countryWeight: (code: string) => number): PlaceMatch[] {
  const biggestCity = new Map<string, number>();
  for (const match of matches) {
    if (match.kind === 'city') biggestCity.set(match.country, Math.max(biggestCity.get(match.country) ?? 0, match.population ?? 0));
  }
  const rank = (match: PlaceMatch): number =>
    match.kind === 'country' ? Number.POSITIVE_INFINITY : match.kind === 'city' ? (match.population ?? 0) : (biggestCity.get(match.country) ?? -1);
  return matches.sort(
    (a, b) =>
      rank(b) - rank(a) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.kind === 'country' ? countryWeight(b.id) - countryWeight(a.id) : 0) ||
      a.id.localeCompare(b.id, 'en'),
  );
}

export class Gazetteer {
  private countryTable: CountryTable | undefined;
  private cityTable: PlaceTable | undefined;
  private regionTable: PlaceTable | undefined;
  private stateFormTable: StateForms | undefined;
  private capitalIds: Set<string> | undefined;

  /**
   * @param extraDemonyms nationality words by country that the data files lack, stated by language
   * packs (`demonymVariants`); indexed as stated forms.
   */
  constructor(
    private readonly source: GazetteerSource,
    private readonly extraDemonyms: ReadonlyMap<string, NamesByLanguage> = new Map(),
  ) {}

  /**
   * Places named `name` in any language, ordered as `orderMatches` says. An
   * Arabic-script word that is no name as written is tried without its joined
   * article and clitics (بطهران, والعراق); `language`, when given, limits that
   * to Arabic-script languages. Unknown words give [].
   * @example lookupPlace('Москва')[0]?.id // '524901'
   */
  lookupPlace(name: string, language?: string): PlaceMatch[] {
    const tables = [this.countries(), this.cities(), this.regions()];
    for (const key of this.candidateKeys(name, language)) {
      const matches = tables.flatMap((table) => table.index.get(key).map((entry): PlaceMatch => ({ ...entry.item, languages: [...entry.languages] })));
      if (matches.length > 0) return orderMatches(matches, (code) => this.countryWeight(code));
    }
    return [];
  }

  /**
   * Countries a demonym or nationality adjective points to (Iranian, الإيرانية,
   * ایرانی, İranlı). Forms a source states come before derived ones, then
   * those recorded in `language`, then the country with more people ("American":
   * US before the Northern Mariana Islands). Clitics are handled as in `lookupPlace`.
   * @example lookupDemonym('الايراني')[0]?.country // 'IR'
   */
  lookupDemonym(word: string, language?: string): DemonymMatch[] {
    const { demonyms } = this.countries();
    const preferred = language ? baseOf(language) : undefined;
    for (const key of this.candidateKeys(word, language)) {
      const entries = demonyms.get(key);
      if (entries.length === 0) continue;
      const matches = entries
        .map((entry): DemonymMatch => ({ country: entry.item.country, form: entry.form, languages: [...entry.languages], derived: entry.item.derived }))
        .sort(
          (a, b) =>
            Number(a.derived) - Number(b.derived) ||
            Number(preferred !== undefined && !a.languages.includes(preferred)) - Number(preferred !== undefined && !b.languages.includes(preferred)) ||
            this.countryWeight(b.country) - this.countryWeight(a.country) ||
            a.country.localeCompare(b.country, 'en'),
        );
      // One match per country: its best form.
      return matches.filter((match, i) => matches.findIndex((other) => other.country === match.country) === i);
    }
    return [];
  }

  /**
   * The country's usual name in `language` (its base language: "fa-IR" reads
   * "fa"), English when the data has none in that language; null for an unknown code.
   * @example countryName('RU', 'ar') // 'روسيا'
   */
  countryName(code: string, language: string): string | null {
    const record = this.countries().records.get(code.toUpperCase());
    if (!record) return null;
    return record.names[baseOf(language)]?.[0] ?? record.names.en?.[0] ?? null;
  }

  /**
   * The place with this id: ISO alpha-2 for a country, ISO 3166-2 for a
   * region, GeoNames id (number or digits) for a city. Null when unknown.
   * @example placeById(524901)?.name // 'Moscow'
   */
  placeById(id: string | number): Place | null {
    const text = String(id).trim().toUpperCase();
    if (/^\d+$/u.test(text)) return this.cities().byId.get(String(Number(text))) ?? null;
    if (/^[A-Z]{2}-[A-Z0-9]+$/u.test(text)) return this.regions().byId.get(text) ?? null;
    if (/^[A-Z]{2}$/u.test(text)) return this.countries().byId.get(text) ?? null;
    return null;
  }

  /**
   * Whether the city with this GeoNames id is a country's capital (a country record names it).
   * @example isCapital(112931) // true (Tehran)
   */
  isCapital(cityId: string | number): boolean {
    this.capitalIds ??= new Set([...this.countries().records.values()].flatMap((record) => (record.capitalId === undefined ? [] : [String(record.capitalId)])));
    return this.capitalIds.has(String(cityId));
  }

  /**
   * Countries whose official name adds `phrase` to their common name, in any
   * language ("Islamic Republic" → AF, IR, MR, PK); [] for anything else.
   * A leading article is ignored ("the Islamic Republic").
   * @example stateFormCountries('the Islamic Republic') // ['AF', 'IR', 'MR', 'PK']
   */
  stateFormCountries(phrase: string): readonly string[] {
    const words = stateFormKey(phrase).split(' ');
    return this.stateForms().phrases.get((words[0] === 'the' ? words.slice(1) : words).join(' ')) ?? [];
  }

  /** The words state forms are made of, and those official names open with, keyed like names. */
  stateFormWords(): Pick<StateForms, 'words' | 'heads'> {
    return this.stateForms();
  }

  /** How many records have been read so far, per file: what the lookups done so far cost. */
  loadedRecordCounts(): LoadedRecordCounts {
    return { countries: this.countryTable?.byId.size ?? 0, cities: this.cityTable?.byId.size ?? 0, regions: this.regionTable?.byId.size ?? 0 };
  }

  private countryWeight(code: string): number {
    return this.countries().records.get(code)?.placesPopulation ?? 0;
  }

  private candidateKeys(name: string, language: string | undefined): string[] {
    const key = searchKey(name);
    if (!key) return [];
    const stripClitics = isArabicScript(key) && (language === undefined || writesArabicScript(language));
    return stripClitics ? [key, ...arabicBareForms(key)] : [key];
  }

  private stateForms(): StateForms {
    this.stateFormTable ??= buildStateForms(this.countries().records.values());
    return this.stateFormTable;
  }

  private countries(): CountryTable {
    if (!this.countryTable) {
      const { records } = this.source.read('countries');
      const demonyms = new NameIndex<DemonymItem>();
      for (const record of records) {
        const stated: DemonymItem = { country: record.code, derived: false };
        const derived: DemonymItem = { country: record.code, derived: true };
        demonyms.addNames(stated, record.demonyms);
        demonyms.addNames(derived, record.derivedDemonyms);
        const extra = this.extraDemonyms.get(record.code);
        if (extra) demonyms.addNames(stated, extra);
      }
      this.countryTable = { ...placeTable(records, countryPlace), records: new Map(records.map((r) => [r.code, r])), demonyms };
    }
    return this.countryTable;
  }

  private cities(): PlaceTable {
    this.cityTable ??= placeTable(this.source.read('cities').records, cityPlace);
    return this.cityTable;
  }

  private regions(): PlaceTable {
    this.regionTable ??= placeTable(this.source.read('regions').records, regionPlace);
    return this.regionTable;
  }
}
