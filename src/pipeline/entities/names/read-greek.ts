/** Greek letters in context: the vowel and consonant digraphs (ου, αι, μπ, ντ…), broken by a diaeresis. */
import type { RomanOut } from './roman-out.js';
import { GREEK_DIGRAPHS, GREEK_LETTERS } from './scripts/greek.js';
import type { WordLetters } from './word-letters.js';

export function readGreek(word: WordLetters, from: number, to: number, out: RomanOut): void {
  const chars = word.chars;
  for (let k = from; k < to; k += 1) {
    const char = chars[k]!;
    const digraph = k + 1 < to && !word.diaeresis[k + 1] ? GREEK_DIGRAPHS[char + chars[k + 1]!] : undefined;
    if (digraph !== undefined) {
      out.letter(k === from && digraph.initial !== undefined ? digraph.initial : digraph.roman, k);
      out.letter('', k + 1);
      k += 1;
    } else {
      out.letter(GREEK_LETTERS[char] ?? (char === "'" ? "'" : ''), k);
    }
  }
}
