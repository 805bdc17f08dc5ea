/** Armenian letters in context: ու is u; ե, ո and և take a leading y/v at the start of a word. */
import type { RomanOut } from './roman-out.js';
import { ARMENIAN_INITIAL, ARMENIAN_LETTERS } from './scripts/armenian.js';
import type { WordLetters } from './word-letters.js';

export function readArmenian(word: WordLetters, from: number, to: number, out: RomanOut): void {
  const chars = word.chars;
  for (let k = from; k < to; k += 1) {
    const char = chars[k]!;
    if (char === 'ո' && chars[k + 1] === 'ւ' && k + 1 < to) {
      out.letter('u', k);
      out.letter('', k + 1);
      k += 1;
      continue;
    }
    const initial = k === from ? ARMENIAN_INITIAL[char] : undefined;
    out.letter(initial ?? ARMENIAN_LETTERS[char] ?? (char === "'" ? "'" : ''), k);
  }
}
