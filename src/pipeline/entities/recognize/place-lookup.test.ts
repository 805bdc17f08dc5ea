import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../../lang/match-fold.js';
import { recognizeEntities } from './index.js';
import { placeIn } from './place-lookup.js';

const countryOf = (written: string, language: string): string | null => placeIn(foldForMatch(written), language, true)?.place.id ?? null;

describe('placeIn: names written in a case form', () => {
  it('finds a several-word country whose adjectives and noun are declined', () => {
    expect(countryOf('Vereinigten Staaten', 'de')).toBe('US');
    expect(countryOf('Vereinigte Königreich', 'de')).toBe('GB');
    expect(countryOf('Vereinigten Arabischen Emirate', 'de')).toBe('AE');
    expect(countryOf('Соединённых Штатов', 'ru')).toBe('US');
    expect(countryOf('Объединённых Арабских Эмиратов', 'ru')).toBe('AE');
  });

  it('counts a declined form only in a language that records the name', () => {
    expect(countryOf('Соединённых Штатов', 'uk')).toBeNull();
    expect(placeIn(foldForMatch('Vereinigten Staaten'), 'de', false)).toBeNull();
  });
});

describe('declined places in running text', () => {
  it('a title before a declined country names the country, and a sentence-initial word is not part of the place', () => {
    const found = recognizeEntities({ title: null, paragraphs: ['Представитель Соединённых Штатов прибыл. Президент Объединённых Арабских Эмиратов выступил в Москве.'], language: 'ru' });
    expect(found.map((mention) => `${mention.type}:${mention.text}:${mention.placeId ?? ''}`)).toEqual(
      expect.arrayContaining(['place:Соединённых Штатов:US', 'place:Объединённых Арабских Эмиратов:AE']),
    );
  });
});
