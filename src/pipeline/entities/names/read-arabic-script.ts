/**
 * Arabic-script letters in context. Short vowels are not written, so the
 * reader decides what the written ones are: و and ي are glides (w, y) at the
 * start of a word, next to alef or before a vowel, and long vowels (u, i)
 * between consonants; final ه after a consonant is the Persian silent he (e);
 * a word-initial ع stands for the vowel that follows it (عراقچی → araqchi).
 */
import type { RomanOut } from './roman-out.js';
import { ARABIC_ALEFS, ARABIC_AYN, ARABIC_HEHS, ARABIC_LETTERS, ARABIC_MARKS, ARABIC_WAWS, ARABIC_YEHS } from './scripts/arabic.js';
import type { WordLetters } from './word-letters.js';

/** ZWNJ ends a Persian morpheme (خامنه‌ای): a word edge for the rules below. */
const ZWNJ = '\u200c';

const VOWEL_MARKS = new Set(['\u064e', '\u064f', '\u0650', '\u0670']);

const ALEFS = new Set(ARABIC_ALEFS);
const WAWS = new Set(ARABIC_WAWS);
const YEHS = new Set(ARABIC_YEHS);
const HEHS = new Set(ARABIC_HEHS);
const LETTERS = new Map(Object.entries(ARABIC_LETTERS));
const MARKS = new Map(Object.entries(ARABIC_MARKS));
const AYN = ARABIC_AYN;

/** Index of the previous (step −1) or next letter, skipping marks; −1 at a morpheme edge (word edge or ZWNJ). */
function neighbourLetter(chars: readonly string[], from: number, to: number, at: number, step: 1 | -1): number {
  for (let k = at + step; k >= from && k < to; k += step) {
    const char = chars[k]!;
    if (char === ZWNJ) return -1;
    if (!MARKS.has(char)) return k;
  }
  return -1;
}

export function readArabicScript(word: WordLetters, from: number, to: number, out: RomanOut): void {
  const chars = word.chars;
  const neighbour = (at: number, step: 1 | -1): number => neighbourLetter(chars, from, to, at, step);
  let silentAt = -1;
  for (let k = from; k < to; k += 1) {
    const char = chars[k]!;
    if (char === ZWNJ) continue;
    const mark = MARKS.get(char);
    if (mark !== undefined) {
      out.letter(mark, k);
      continue;
    }
    if (k === silentAt) {
      out.letter('', k);
      continue;
    }
    const previous = neighbour(k, -1);
    const next = neighbour(k, 1);
    const before = previous >= 0 ? chars[previous]! : '';
    const after = next >= 0 ? chars[next]! : '';
    const vowelMarkAfter = k + 1 < to && VOWEL_MARKS.has(chars[k + 1]!);
    let roman: string;
    if (ALEFS.has(char)) {
      roman = LETTERS.get(char) ?? 'a';
      if (previous < 0 && char !== 'آ' && next >= 0) {
        // ای / إي write a long i, او / أو a long u: the alef carries it, the glide letter is silent.
        if (YEHS.has(after) && char !== 'أ') {
          roman = 'i';
          silentAt = next;
        } else if (WAWS.has(after)) {
          roman = 'u';
          silentAt = next;
        }
      }
    } else if (WAWS.has(char)) {
      const glide =
        previous < 0 || ALEFS.has(before) || ALEFS.has(after) || vowelMarkAfter || (YEHS.has(after) && neighbour(next, 1) < 0);
      roman = glide ? 'w' : 'u';
    } else if (YEHS.has(char)) {
      const glide =
        previous < 0 ||
        (next >= 0 && (ALEFS.has(before) || WAWS.has(before))) ||
        ALEFS.has(after) ||
        WAWS.has(after) ||
        YEHS.has(before) ||
        vowelMarkAfter;
      roman = glide ? 'y' : 'i';
    } else if (HEHS.has(char)) {
      const silentHe = next < 0 && previous >= 0 && !ALEFS.has(before) && !WAWS.has(before) && !YEHS.has(before);
      // الله and the names built on it (عبدالله) keep their h.
      const allah = before === 'ل' && previous - 1 >= from && chars[previous - 1] === 'ل';
      roman = silentHe && !allah ? 'e' : 'h';
    } else if (char === AYN && previous < 0 && next >= 0) {
      roman = 'a';
    } else {
      roman = LETTERS.get(char) ?? (char === "'" ? "'" : '');
    }
    out.letter(roman, k);
  }
}
