/**
 * Similarity of two phone sequences: a Levenshtein distance whose costs
 * follow how names change between scripts. Vowels cost little to drop (and
 * almost nothing when the other side is Arabic or Hebrew, which do not write
 * short vowels), letters of one class cost a quarter to swap (p/b, q/k, s/z),
 * h against a velar costs a third (Russian х and г for h), anything else a
 * whole edit. Costs were set by hand on the pairs in name-pairs.ts.
 */
import type { Phone } from './phones.js';

/** Cost of swapping two vowels, by spelling; same-group swaps (e/i, o/u) are cheap. */
const VOWEL_SWAP: Readonly<Record<string, number>> = {
  ae: 0.25,
  ai: 0.45,
  ao: 0.3,
  au: 0.45,
  ei: 0.1,
  eo: 0.4,
  eu: 0.4,
  io: 0.4,
  iu: 0.4,
  ou: 0.1,
};

/**
 * Swaps inside one consonant class that transliteration makes all the time
 * (q/k, gh/g, v/w, f/v, th/t, j/zh) cost less than the class default of 0.25;
 * s/sh, a real difference between names, costs more.
 */
const CONSONANT_SWAP: Readonly<Record<string, number>> = {
  'k q': 0.15,
  'g gh': 0.15,
  'gh kh': 0.2,
  'f v': 0.15,
  'v w': 0.1,
  'b p': 0.2,
  't th': 0.15,
  'd dh': 0.15,
  'j zh': 0.15,
  'dz j': 0.2,
  'dz ts': 0.2,
  's sh': 0.4,
  's z': 0.2,
};

function vowelSwap(a: string, b: string): number {
  return (a < b ? VOWEL_SWAP[a + b] : VOWEL_SWAP[b + a]) ?? 0.4;
}

/**
 * Cost of dropping `phone` from one side. A vowel is nearly free against an
 * abjad, which does not write short ones, but not between two abjad
 * spellings, where both vowels are written long ones (خامنئي / خميني).
 */
export function dropCost(phone: Phone, selfAbjad: boolean, otherAbjad: boolean): number {
  switch (phone.cls) {
    case 'V':
      return otherAbjad ? (selfAbjad ? 0.25 : 0.1) : 0.3;
    case 'Y':
      return otherAbjad ? 0.2 : 0.3;
    case 'Q':
      return 0.15;
    case 'H':
      return 0.5;
    default:
      return 1;
  }
}

function isVowelLike(phone: Phone): boolean {
  return phone.cls === 'V' || phone.cls === 'Y' || phone.cls === 'Q';
}

/** Cost of writing `a` where the other spelling has `b`. */
export function swapCost(a: Phone, b: Phone): number {
  if (a === b) return 0;
  if (isVowelLike(a) && isVowelLike(b)) {
    if (a.cls === 'V' && b.cls === 'V') return vowelSwap(a.roman, b.roman);
    if (a.cls === 'Q' || b.cls === 'Q') return 0.2;
    return a.roman === 'i' || b.roman === 'i' ? 0.1 : 0.3;
  }
  if (a.cls === b.cls) return (a.roman < b.roman ? CONSONANT_SWAP[`${a.roman} ${b.roman}`] : CONSONANT_SWAP[`${b.roman} ${a.roman}`]) ?? 0.25;
  const pair = a.cls < b.cls ? a.cls + b.cls : b.cls + a.cls;
  switch (pair) {
    case 'HK':
      return 0.35;
    case 'HQ':
      return 0.1;
    case 'CS':
      return 0.5;
    case 'CT':
      return 0.6;
    case 'MN':
      return 0.6;
    case 'BV': {
      // و is w or u; Armenian and Georgian v is often an u in other scripts.
      const consonant = a.cls === 'B' ? a : b;
      return consonant.roman === 'w' ? 0.3 : consonant.roman === 'v' ? 0.5 : 1;
    }
    default:
      return 1;
  }
}

let row: Float64Array = new Float64Array(64);
let previousRow: Float64Array = new Float64Array(64);

/**
 * Similarity in [0, 1]: 1 − weighted edit distance / the heavier side's weight.
 * @example phoneSimilarity(rouhani.phones, ruhaniInArabic.phones, false, true) // 1: both read r u h a n i
 */
export function phoneSimilarity(a: readonly Phone[], b: readonly Phone[], aAbjad: boolean, bAbjad: boolean): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (b.length + 1 > row.length) {
    row = new Float64Array(b.length * 2 + 2);
    previousRow = new Float64Array(b.length * 2 + 2);
  }
  let weightA = 0;
  let weightB = 0;
  previousRow[0] = 0;
  for (let j = 0; j < b.length; j += 1) {
    const cost = dropCost(b[j]!, bAbjad, aAbjad);
    weightB += cost;
    previousRow[j + 1] = previousRow[j]! + cost;
  }
  for (let i = 0; i < a.length; i += 1) {
    const phoneA = a[i]!;
    const dropA = dropCost(phoneA, aAbjad, bAbjad);
    weightA += dropA;
    row[0] = previousRow[0]! + dropA;
    for (let j = 0; j < b.length; j += 1) {
      const phoneB = b[j]!;
      const swap = previousRow[j]! + swapCost(phoneA, phoneB);
      const deleteA = previousRow[j + 1]! + dropA;
      const deleteB = row[j]! + dropCost(phoneB, bAbjad, aAbjad);
      row[j + 1] = Math.min(swap, deleteA, deleteB);
    }
    const swapRows = previousRow;
    previousRow = row;
    row = swapRows;
  }
  const distance = previousRow[b.length]!;
  return Math.max(0, 1 - distance / Math.max(weightA, weightB));
}
