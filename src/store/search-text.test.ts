import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_WORDS, searchableText, searchWords } from './search-text.js';

describe('search folding', () => {
  it.each([
    ['روحانی', 'روحاني'],
    ['إيران', 'ايران'],
    ['مُحَمَّـد', 'محمد'],
    ['ёлка', 'елка'],
    ['BINGÖL', 'bingol'],
    ['İstanbul', 'istanbul'],
    ['می‌گوید', 'میگوید'],
  ])('a query for %s finds text written %s', (query, written) => {
    expect(searchWords(query)).toEqual(searchWords(written));
    expect(searchableText([written])).toContain(searchWords(query)[0]);
  });

  it('splits on punctuation, drops repeats and keeps at most MAX_SEARCH_WORDS words', () => {
    expect(searchWords('«Rouhani», rouhani; Putin!')).toEqual(['rouhani', 'putin']);
    expect(searchWords('"; DROP TABLE x; --')).toEqual(['drop', 'table', 'x']);
    expect(searchWords('!!! — «»')).toEqual([]);
    expect(searchWords(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toHaveLength(MAX_SEARCH_WORDS);
  });
});
