/**
 * Reads one word through the reader of each script it is written in (a word
 * is one script almost always; "iPhone‑ы" is the rare exception).
 */
import type { Script } from './char-table.js';
import { readArabicScript } from './read-arabic-script.js';
import { readArmenian } from './read-armenian.js';
import { readCyrillic } from './read-cyrillic.js';
import { readGreek } from './read-greek.js';
import { readHebrew } from './read-hebrew.js';
import type { RomanOut, ScriptReader } from './roman-out.js';
import { GEORGIAN_LETTERS } from './scripts/georgian.js';
import { LATIN_TURKIC_LETTERS } from './scripts/latin.js';
import type { WordLetters } from './word-letters.js';

const readLatin: ScriptReader = (word, from, to, out) => {
  let folded = '';
  for (let k = from; k < to; k += 1) {
    if (word.turkic) word.chars[k] = LATIN_TURKIC_LETTERS[word.chars[k]!] ?? word.chars[k]!;
    folded += word.chars[k];
  }
  out.latin(folded, from, to);
};

const readGeorgian: ScriptReader = (word, from, to, out) => {
  for (let k = from; k < to; k += 1) out.letter(GEORGIAN_LETTERS[word.chars[k]!] ?? '', k);
};

/** Scripts without a table are passed through as they are; they give no phones. */
const readOther: ScriptReader = (word, from, to, out) => {
  for (let k = from; k < to; k += 1) out.letter(word.chars[k]!, k);
};

const READERS: Readonly<Record<Script, ScriptReader>> = {
  latin: readLatin,
  cyrillic: readCyrillic,
  arabic: readArabicScript,
  greek: readGreek,
  armenian: readArmenian,
  georgian: readGeorgian,
  hebrew: readHebrew,
  other: readOther,
};

/** Sends letters `[from, to)` of `word` (default: all of it) to `out`, one script run at a time. */
export function readWord(word: WordLetters, out: RomanOut, from = 0, to = word.length): void {
  let start = from;
  while (start < to) {
    const script = word.scripts[start]!;
    let end = start + 1;
    while (end < to && word.scripts[end] === script) end += 1;
    READERS[script](word, start, end, out);
    start = end;
  }
}
