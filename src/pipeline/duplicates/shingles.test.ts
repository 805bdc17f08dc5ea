import { describe, expect, it } from 'vitest';
import { fnv1a32 } from './hash32.js';
import { DEFAULT_SHINGLE_SIZE, shingleSequence, shingles, toShingleSet, hashWords } from './shingles.js';

const TEXT = 'A magnitude 6.1 earthquake struck Bingol province in eastern Turkey before dawn on Wednesday.';

describe('shingles', () => {
  it('hashes every run of 5 words into an ascending set without repeats', () => {
    expect(DEFAULT_SHINGLE_SIZE).toBe(5);
    const set = shingles(TEXT);
    expect(set).toBeInstanceOf(Uint32Array);
    expect(set.length).toBe(14 - 5 + 1);
    expect([...set]).toEqual([...set].sort((a, b) => a - b));
    expect(shingles('one two three four five one two three four five').length).toBe(5);
  });

  it('is the same for texts that differ only in case, spacing and punctuation', () => {
    expect(shingles(TEXT)).toEqual(shingles(`  ${TEXT.toUpperCase().replace(/ /g, '\n')} !!`));
  });

  it('makes one shingle of a text shorter than the size, none of an empty text', () => {
    expect(shingles('Bingol quake').length).toBe(1);
    expect(shingles(' ,. ').length).toBe(0);
  });

  it('takes other sizes and refuses a size that is not a positive integer', () => {
    expect(shingles(TEXT, { size: 3 }).length).toBe(12);
    expect(() => shingles(TEXT, { size: 0 })).toThrow(/positive integer/);
  });

  it('gives stable hash values (they are stored): FNV-1a over UTF-16 code units, then fmix32', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(shingleSequence(hashWords(['a', 'magnitude', '6.1', 'earthquake', 'struck']))[0]).toBe(shingles('A magnitude 6.1 earthquake struck')[0]);
    // If this changes, stored signatures no longer match new ones: bump SIGNATURE_VERSION.
    expect(shingles('A magnitude 6.1 earthquake struck')).toEqual(Uint32Array.from([3206160028]));
  });

  it('toShingleSet sorts and removes repeats', () => {
    expect([...toShingleSet([5, 1, 5, 3])]).toEqual([1, 3, 5]);
  });
});
