import { describe, expect, it } from 'vitest';
import { inflectAdjective, slavicAdjectiveCandidates, slavicMasculine } from './adjective-rules.js';

describe('slavicAdjectiveCandidates', () => {
  it('guesses the adjective among its candidates for regular and alternating names', () => {
    const cases: [string, 'ru' | 'uk', string][] = [
      ['Иран', 'ru', 'иранский'], ['Россия', 'ru', 'российский'], ['Армения', 'ru', 'армянский'], ['Турция', 'ru', 'турецкий'],
      ['Китай', 'ru', 'китайский'], ['Италия', 'ru', 'итальянский'], ['Куба', 'ru', 'кубинский'], ['Іран', 'uk', 'іранський'],
    ];
    for (const [name, language, adjective] of cases) expect(slavicAdjectiveCandidates(name, language), name).toContain(adjective);
  });

  it('puts the usual suffix first', () => {
    expect(slavicAdjectiveCandidates('Иран', 'ru')[0]).toBe('иранский');
  });

  it('never cuts a consonant, prefers the usual reading, and leaves acronyms and phrases alone', () => {
    expect(slavicAdjectiveCandidates('Конго', 'ru')).not.toContain('конский');
    const armenia = slavicAdjectiveCandidates('Армения', 'ru');
    expect(armenia.indexOf('армянский')).toBeLessThan(armenia.indexOf('армейский'));
    expect(slavicAdjectiveCandidates('США', 'ru')).toEqual([]);
    expect(slavicAdjectiveCandidates('Южная Корея', 'ru')).toEqual([]);
    expect(slavicAdjectiveCandidates('Iran', 'ru')).toEqual([]);
  });
});

describe('slavicMasculine', () => {
  it('turns a feminine or neuter adjective into its lemma and declines other words', () => {
    expect(slavicMasculine('Французская', 'ru')).toBe('французский');
    expect(slavicMasculine('Саудівська', 'uk')).toBe('саудівський');
    expect(slavicMasculine('Южная', 'ru')).toBeNull();
    expect(slavicMasculine('Республика', 'ru')).toBeNull();
  });
});

describe('inflectAdjective', () => {
  it('gives every case, gender and number', () => {
    expect(inflectAdjective('иранский', 'ru')).toEqual(expect.arrayContaining(['иранский', 'иранского', 'иранской', 'иранские', 'иранскими']));
    expect(inflectAdjective('іранський', 'uk')).toEqual(expect.arrayContaining(['іранський', 'іранська', 'іранської', 'іранські']));
    expect(inflectAdjective('iranisch', 'de')).toEqual(['iranisch', 'iranische', 'iranischen', 'iranischer', 'iranisches', 'iranischem']);
    expect(inflectAdjective('francés', 'es')).toEqual(['francés', 'francesa', 'franceses', 'francesas']);
    expect(inflectAdjective('iraní', 'es')).toContain('iraníes');
    expect(inflectAdjective('iraniano', 'it')).toEqual(['iraniano', 'iraniana', 'iraniani', 'iraniane']);
    expect(inflectAdjective('francese', 'it')).toEqual(['francese', 'francesi']);
    expect(inflectAdjective('iraans', 'nl')).toEqual(['iraans', 'iraanse']);
  });
});
