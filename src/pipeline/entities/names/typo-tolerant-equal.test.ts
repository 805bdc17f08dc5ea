import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from './edit-distance.js';
import { typoTolerantEqual } from './typo-tolerant-equal.js';

describe('typoTolerantEqual', () => {
  it.each([
    ['Karabkh', 'Karabakh'],
    ['Mnatsakanyan', 'Mnatsakanian'],
    ['Mnatsakanyan', 'Mantsakanyan'],
    ['Karabakh', 'Карабах'],
    ['KARABAKH', 'karabakh'],
    ['Nagorno-Karabakh', 'Nagorno Karabakh'],
    ['Hossein', 'Hussein'],
  ])('forgives the slip between %s and %s', (a, b) => expect(typoTolerantEqual(a, b)).toBe(true));

  it.each([
    ['Iran', 'Iraq'],
    ['Putin', 'Rutin'],
    ['Karabakh', 'Karaman'],
    ['Mnatsakanyan', 'Pashinyan'],
    ['', ''],
  ])('does not forgive %s against %s', (a, b) => expect(typoTolerantEqual(a, b)).toBe(false));

  it('compares letters, not people: Jalali and Jalili pass', () => {
    expect(typoTolerantEqual('Jalali', 'Jalili')).toBe(true);
  });
});

describe('boundedEditDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps, and stops past the limit', () => {
    expect(boundedEditDistance('karabkh', 'karabakh')).toBe(1);
    expect(boundedEditDistance('mnatsakanyan', 'mantsakanyan')).toBe(1);
    expect(boundedEditDistance('putin', 'pashinyan')).toBe(6);
    expect(boundedEditDistance('putin', 'pashinyan', 2)).toBe(3);
    expect(boundedEditDistance('', 'abc')).toBe(3);
  });
});
