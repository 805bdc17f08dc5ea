/**
 * Cyrillic letters in context: е is "ye" at the start of a word and after a
 * vowel or a sign (Ереван, Алиев); a word with a letter only Ukrainian writes
 * takes the Ukrainian values (Київ → Kyiv). Ukrainian words without such a
 * letter (Зеленський) are read as Russian, which costs a vowel at most.
 */
import type { RomanOut } from './roman-out.js';
import { CYRILLIC_IOTATED, CYRILLIC_LETTERS, CYRILLIC_VOWELS_AND_SIGNS, UKRAINIAN_LETTERS, UKRAINIAN_MARKERS } from './scripts/cyrillic.js';
import type { WordLetters } from './word-letters.js';

const LETTERS = new Map(Object.entries(CYRILLIC_LETTERS));
const IOTATED = new Map(Object.entries(CYRILLIC_IOTATED));
const VOWELS_AND_SIGNS = new Set(CYRILLIC_VOWELS_AND_SIGNS);
const UKRAINIAN = new Map(Object.entries(UKRAINIAN_LETTERS));
const UKRAINIAN_ONLY = new Set(UKRAINIAN_MARKERS);

export function readCyrillic(word: WordLetters, from: number, to: number, out: RomanOut): void {
  const chars = word.chars;
  let ukrainian = false;
  for (let k = from; k < to; k += 1) if (UKRAINIAN_ONLY.has(chars[k]!)) ukrainian = true;
  for (let k = from; k < to; k += 1) {
    const char = chars[k]!;
    const atStart = k === from;
    const iotated = IOTATED.get(char);
    let roman: string | undefined;
    if (ukrainian && !atStart) roman = UKRAINIAN.get(char);
    else if (ukrainian && char !== 'ї' && char !== 'є') roman = UKRAINIAN.get(char);
    if (roman === undefined && iotated !== undefined && (atStart || VOWELS_AND_SIGNS.has(chars[k - 1]!))) roman = iotated;
    out.letter(roman ?? LETTERS.get(char) ?? (char === "'" ? "'" : ''), k);
  }
}
