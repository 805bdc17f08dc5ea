/**
 * Where the script readers send romanised letters. romanize() writes text
 * (with the source's capitals); the name tools collect phones. One reader per
 * script serves both, so the display form and the key cannot drift apart.
 */
import type { WordLetters } from './word-letters.js';

export interface RomanOut {
  /** The romanisation of letter `at` of the word, chosen in context ('' for silent letters). */
  letter(roman: string, at: number): void;
  /** A run of Latin letters `[from, to)`, already folded to ASCII, read as a whole for its digraphs. */
  latin(folded: string, from: number, to: number): void;
}

/** Reads letters `[from, to)` of `word`, all of one script. */
export type ScriptReader = (word: WordLetters, from: number, to: number, out: RomanOut) => void;
