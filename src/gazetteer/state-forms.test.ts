import { describe, expect, it } from 'vitest';
import type { CountryRecord } from './types.js';
import { buildStateForms, stateFormKey } from './state-forms.js';
import { stateFormCountries, stateFormWords } from './index.js';

const record = (code: string, names: Record<string, string[]>): CountryRecord => ({
  code, names, demonyms: {}, derivedDemonyms: {}, lat: 0, lon: 0, placesPopulation: 0,
});

describe('buildStateForms', () => {
  it('keeps what an official name adds to the common one, without connectors', () => {
    const forms = buildStateForms([
      record('IR', { en: ['Iran', 'Islamic Republic of Iran'], ar: ['إيران', 'جمهورية إيران الإسلامية'] }),
      record('PK', { en: ['Pakistan', 'Islamic Republic of Pakistan'] }),
      record('XX', { en: ['Xland', 'Xland'] }),
    ]);
    expect(forms.phrases.get('islamic republic')).toEqual(['IR', 'PK']);
    expect(forms.heads.has(stateFormKey('جمهورية'))).toBe(true);
    expect(forms.words.has(stateFormKey('الإسلامية'))).toBe(true);
    expect(forms.words.has('of')).toBe(false);
    expect([...forms.phrases.keys()]).not.toContain('');
  });
});

describe('stateFormCountries over the gazetteer', () => {
  it('lists every country a state form may stand for, article or not', () => {
    expect(stateFormCountries('the Islamic Republic')).toEqual(expect.arrayContaining(['IR', 'PK', 'AF']));
    expect(stateFormCountries("People's Republic")).toContain('CN');
    expect(stateFormCountries('Tehran')).toEqual([]);
    expect(stateFormWords().heads.has(stateFormKey('مملكة'))).toBe(true);
  });
});
