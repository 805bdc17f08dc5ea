import { describe, expect, it } from 'vitest';
import type { CityRecord } from '../../../src/gazetteer/types.js';
import { shareNamesWithNamesakes } from './namesake-names.js';

const city = (id: number, population: number, names: CityRecord['names']): CityRecord => ({ id, country: 'US', population, lat: 0, lon: 0, names });

describe('shareNamesWithNamesakes', () => {
  it('gives a city named only in English the names its namesakes carry', () => {
    const [capital, town] = shareNamesWithNamesakes([
      city(1, 600_000, { en: ['Washington'] }),
      city(2, 24_000, { en: ['Washington'], ar: ['واشنطن'], fa: ['واشینگتن'] }),
    ]);
    expect(capital?.names).toEqual({ en: ['Washington'], ar: ['واشنطن'], fa: ['واشینگتن'] });
    expect(town?.names).toEqual({ en: ['Washington'], ar: ['واشنطن'], fa: ['واشینگتن'] });
  });

  it('keeps a language the city has, and copies no form equal to the English name', () => {
    const [alexandria] = shareNamesWithNamesakes([
      city(1, 140_000, { en: ['Alexandria'], ar: ['ألكسندريا'] }),
      city(2, 3_800_000, { en: ['Alexandria'], ar: ['الإسكندرية'], fr: ['Alexandrie'], de: ['Alexandria'] }),
    ]);
    expect(alexandria?.names).toEqual({ en: ['Alexandria'], ar: ['ألكسندريا'], fr: ['Alexandrie'] });
  });

  it('leaves cities without namesakes as they are', () => {
    const records = [city(1, 1, { en: ['Kassala'], ar: ['كسلا'] }), city(2, 1, { en: ['Gedaref'] })];
    expect(shareNamesWithNamesakes(records)).toEqual(records);
  });
});
