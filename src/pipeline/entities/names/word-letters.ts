/**
 * Splits text into words and a word into the base letters the script readers
 * work on. One WordLetters is reused for every word (the readers are
 * synchronous), so scanning a name allocates almost nothing.
 */
import { GERESH_MARKS, charInfo, type CharInfo, type Script } from './char-table.js';

export class WordLetters {
  /** Lower-case base letter (one char, except Latin foldings such as "ss"). */
  readonly chars: string[] = [];
  readonly scripts: Script[] = [];
  /** Index in the scanned text of the character each letter came from. */
  readonly source: number[] = [];
  readonly upper: boolean[] = [];
  readonly diaeresis: boolean[] = [];
  length = 0;
  /** The word (or the name it is part of) is Turkish or Azerbaijani: see LATIN_TURKIC. */
  turkic = false;

  clear(): void {
    this.length = 0;
    this.turkic = false;
  }

  add(char: string, script: Script, source: number, upper: boolean, diaeresis: boolean): void {
    const at = this.length;
    this.chars[at] = char;
    this.scripts[at] = script;
    this.source[at] = source;
    this.upper[at] = upper;
    this.diaeresis[at] = diaeresis;
    this.length = at + 1;
  }
}

/** The ZWNJ is kept as a letter: Persian uses it to end a morpheme (خامنه‌ای), which the Arabic-script reader needs to know. */
export const ZWNJ = '\u200c';

/**
 * End (exclusive) of the word starting at `start`; apostrophes and joiners
 * that end it are left out, so "'Karabakh'" is the word Karabakh.
 */
export function wordEnd(text: string, start: number): number {
  let end = start;
  let lastLetterEnd = start;
  let previous: CharInfo['script'] | undefined;
  while (end < text.length) {
    const info = charInfo(text.charCodeAt(end));
    if (info === undefined) break;
    end += 1;
    // A Hebrew geresh may end a word (ג'ורג').
    const geresh = info.script === 'apostrophe' && previous === 'hebrew' && GERESH_MARKS.includes(text[end - 1]!);
    if ((info.script !== 'apostrophe' && info.script !== 'joiner') || geresh) lastLetterEnd = end;
    if (info.script !== 'joiner') previous = info.script;
  }
  return lastLetterEnd;
}

/** Whether the word starting at `start` begins with a letter (not a stray apostrophe or joiner). */
export function startsWord(text: string, start: number): boolean {
  const info = charInfo(text.charCodeAt(start));
  return info !== undefined && info.script !== 'apostrophe' && info.script !== 'joiner';
}

/** Whether `text` has a letter only Turkish and Azerbaijani write. */
export function hasTurkicLetter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (charInfo(text.charCodeAt(i))?.turkic === true) return true;
  return false;
}

/**
 * Fills `word` with the base letters of `text[start, end)`; `turkic` reads its
 * Latin as Turkish/Azerbaijani even without a letter that shows it (the
 * "Recep" of "Recep Tayyip Erdoğan").
 */
export function readLetters(text: string, start: number, end: number, word: WordLetters, turkic = false): void {
  word.clear();
  word.turkic = turkic;
  let previous: Script | undefined;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    const info = charInfo(code);
    if (info === undefined) continue;
    if (info.script === 'joiner') {
      if (code === 0x200c) word.add(ZWNJ, previous ?? 'arabic', i, false, false);
      continue;
    }
    if (info.script === 'apostrophe') {
      // An apostrophe after a Hebrew letter is a geresh (ג'ורג').
      if (previous === 'hebrew' && GERESH_MARKS.includes(text[i]!)) word.add('׳', 'hebrew', i, false, false);
      else word.add("'", previous ?? 'latin', i, false, false);
      continue;
    }
    previous = info.script;
    if (info.turkic) word.turkic = true;
    const base = info.base;
    if (base.length === 1 || info.script === 'latin') word.add(base, info.script, i, info.upper, info.diaeresis);
    else for (const char of base) word.add(char, info.script, i, false, false);
  }
}
