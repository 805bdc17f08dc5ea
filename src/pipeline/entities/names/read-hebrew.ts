/**
 * Hebrew letters in context: ב כ פ are hard at the start of a word or with a
 * dagesh; ו is v at the start and doubled, u elsewhere; י is y at the start,
 * doubled or before a vowel letter, i elsewhere; final ה is the vowel a; א
 * writes a (Hebrew spells foreign names' a with it: רוחאני); a geresh gives
 * the sounds Hebrew lacks (ג׳ j, צ׳ ch, ז׳ zh).
 */
import type { RomanOut } from './roman-out.js';
import { HEBREW_DAGESH, HEBREW_GERESH, HEBREW_HARD, HEBREW_LETTERS, HEBREW_POINTS, HEBREW_SIN_DOT } from './scripts/hebrew.js';
import type { WordLetters } from './word-letters.js';

const GERESH = '׳';
const VOWEL_LETTERS = 'אויע';

export function readHebrew(word: WordLetters, from: number, to: number, out: RomanOut): void {
  const chars = word.chars;
  const isPoint = (char: string | undefined): boolean => char !== undefined && HEBREW_POINTS[char] !== undefined;
  const nextLetter = (at: number): number => {
    for (let k = at + 1; k < to; k += 1) if (!isPoint(chars[k]) && chars[k] !== GERESH) return k;
    return -1;
  };
  let firstLetter = true;
  let silentAt = -1;
  for (let k = from; k < to; k += 1) {
    const char = chars[k]!;
    if (char === GERESH) {
      out.letter('', k);
      continue;
    }
    const point = HEBREW_POINTS[char];
    if (point !== undefined) {
      out.letter(point, k);
      continue;
    }
    if (k === silentAt) {
      out.letter('', k);
      continue;
    }
    const initial = firstLetter;
    firstLetter = false;
    const marks = chars.slice(k + 1, Math.min(to, k + 4));
    const next = nextLetter(k);
    const after = next >= 0 ? chars[next]! : '';
    let roman: string;
    if (marks[0] === GERESH && HEBREW_GERESH[char] !== undefined) roman = HEBREW_GERESH[char]!;
    else if (HEBREW_HARD[char] !== undefined && (initial || marks.includes(HEBREW_DAGESH))) roman = HEBREW_HARD[char]!;
    else if (char === 'ש' && marks.includes(HEBREW_SIN_DOT)) roman = 's';
    else if (char === 'ו') {
      roman = initial || after === 'ו' ? 'v' : 'u';
      if (after === 'ו') silentAt = next;
    } else if (char === 'י') {
      roman = initial || after === 'י' || (next >= 0 && VOWEL_LETTERS.includes(after) && after !== 'י') ? 'y' : 'i';
      if (after === 'י') silentAt = next;
    } else if (char === 'ה') roman = next < 0 && !initial ? 'a' : 'h';
    else if (char === 'א') roman = 'a';
    else if (char === 'ע') roman = initial ? 'a' : "'";
    else roman = HEBREW_LETTERS[char] ?? (char === "'" ? "'" : '');
    out.letter(roman, k);
  }
}
