import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokenize.js';
import { chunks } from './test-support/token-chunks.js';
import type { TokenChunk } from './wikiann-conventions.js';
import { retypeListedPeopleAsPlaces } from './wikiann-listed-places.js';

describe('recognizeTokens: names listed among places', () => {
  it('retypes a several-word name read as a person when its listed neighbours are places', () => {
    expect(chunks('Milan , Varenna Lodrina , Turin', 'fr')).toContain('LOC:Varenna Lodrina');
  });

  it('keeps people listed among people', () => {
    expect(chunks('Émile Durkheim , Marcel Mauss , Lucien Lévy-Bruhl', 'fr')).toContain('PER:Marcel Mauss');
  });
});

describe('retypeListedPeopleAsPlaces', () => {
  const tokens = tokenize('Paris et Marcel Mauss , Lyon');
  const chunk = (type: string, start: number, end: number): TokenChunk => ({ type, start, end });

  it('needs every listed neighbour to be a place', () => {
    const list = [chunk('LOC', 0, 1), chunk('PER', 2, 4), chunk('PER', 5, 6)];
    retypeListedPeopleAsPlaces(list, tokenize('Paris , Marcel Mauss , Lyon'));
    expect(list[1]!.type).toBe('PER');
  });

  it('does not count a neighbour joined by a conjunction ("Paris et Marcel Mauss")', () => {
    const joined = [chunk('LOC', 0, 1), chunk('PER', 2, 4)];
    retypeListedPeopleAsPlaces(joined, tokens);
    expect(joined[1]!.type).toBe('PER');
  });

  it('leaves one-word names to the one-word list rule', () => {
    const one = [chunk('PER', 4, 5), chunk('LOC', 5, 6)];
    retypeListedPeopleAsPlaces(one, tokenize('a b c d Mauss , Lyon'));
    expect(one[0]!.type).toBe('PER');
  });
});

describe('recognizeTokens: lists mostly of places', () => {
  it('retypes people standing side by side in a list whose places outnumber them by two', () => {
    const found = chunks('Milan , Turin , Varenna Lodrina , Castel Bruno , Gênes', 'fr');
    expect(found).toEqual(expect.arrayContaining(['LOC:Varenna Lodrina', 'LOC:Castel Bruno']));
  });

  it('keeps people in a list with as many people as places', () => {
    const list: TokenChunk[] = [
      { type: 'LOC', start: 0, end: 1 },
      { type: 'PER', start: 2, end: 4 },
      { type: 'PER', start: 5, end: 7 },
      { type: 'LOC', start: 8, end: 9 },
    ];
    retypeListedPeopleAsPlaces(list, tokenize('Paris , Marcel Mauss , Émile Durkheim , Lyon'));
    expect(list.map((chunk) => chunk.type)).toEqual(['LOC', 'PER', 'PER', 'LOC']);
  });
});
