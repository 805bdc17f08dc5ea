/**
 * One lookup per UTF-16 unit for everything the name readers need to know
 * about a character: its script, its lower-case base letter(s) and whether it
 * was a capital. Built once from the per-script tables in scripts/, so the hot
 * loops index an array instead of running a regex or `normalize` per char.
 */
import { ARABIC_LETTERS, ARABIC_MARKS } from './scripts/arabic.js';
import { ARMENIAN_LETTERS, ARMENIAN_SILENT_MARKS } from './scripts/armenian.js';
import { CYRILLIC_LETTERS } from './scripts/cyrillic.js';
import { GEORGIAN_LETTERS } from './scripts/georgian.js';
import { GREEK_LETTERS } from './scripts/greek.js';
import { HEBREW_GERESH_MARKS, HEBREW_LETTERS, HEBREW_POINTS } from './scripts/hebrew.js';
import { LATIN_APOSTROPHES, LATIN_LETTERS, LATIN_TURKIC } from './scripts/latin.js';

export type Script = 'latin' | 'cyrillic' | 'arabic' | 'greek' | 'armenian' | 'georgian' | 'hebrew' | 'other';

export interface CharInfo {
  /** `joiner`: inside a word but says nothing (ZWNJ, tatweel, combining accents); `apostrophe`: ayn/hamza marks in Latin. */
  readonly script: Script | 'joiner' | 'apostrophe';
  /**
   * Lower-case base letter(s) for the script's reader: the ASCII folding for
   * Latin ("é" → "e", "ß" → "ss"), the accentless letter for Greek, Mkhedruli
   * for Mtavruli, the letters of a presentation-form ligature for Arabic.
   */
  readonly base: string;
  readonly upper: boolean;
  /** Greek letter with a diaeresis: never the second half of a digraph. */
  readonly diaeresis: boolean;
  /** A letter only Turkish and Azerbaijani write (ə ı ğ ş İ): their c is j and Azerbaijani x is kh. */
  readonly turkic: boolean;
}

const MARKS = /[\u0300-\u036f]/gu;
const table: (CharInfo | undefined)[] = new Array<CharInfo | undefined>(0x10000);

function set(code: number, script: CharInfo['script'], base: string, upper = false, diaeresis = false, turkic = false): void {
  table[code] = { script, base, upper, diaeresis, turkic };
}

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

function addRange(from: number, to: number, add: (char: string, code: number) => void): void {
  for (let code = from; code <= to; code += 1) add(String.fromCharCode(code), code);
}

function addLatin(char: string, code: number): void {
  const lower = char.toLowerCase();
  const listed = LATIN_LETTERS[lower] ?? LATIN_LETTERS[char];
  const folded = listed ?? lower.normalize('NFD').replace(MARKS, '');
  if (/^[a-z]+$/u.test(folded)) set(code, 'latin', folded, isUpper(char), false, LATIN_TURKIC.includes(char));
}

function addFromTable(script: Script, letters: Readonly<Record<string, string>>) {
  return (char: string, code: number): void => {
    const lower = char.toLowerCase();
    if (letters[lower] !== undefined) return set(code, script, lower, isUpper(char));
    const decomposed = lower.normalize('NFD');
    const base = decomposed.replace(MARKS, '');
    if (base.length === 1 && letters[base] !== undefined) set(code, script, base, isUpper(char), decomposed.includes('\u0308'));
  };
}

function addCompatibility(script: Script, letters: Readonly<Record<string, string>>, marks: Readonly<Record<string, string>>) {
  return (char: string, code: number): void => {
    const base = [...char.normalize('NFKC')].filter((c) => letters[c] !== undefined || marks[c] !== undefined).join('');
    if (base && base !== char) set(code, script, base);
  };
}

addRange(0x41, 0x5a, addLatin);
addRange(0x61, 0x7a, addLatin);
addRange(0xc0, 0x2af, addLatin);
addRange(0x1e00, 0x1eff, addLatin);
addRange(0x300, 0x36f, (_c, code) => set(code, 'joiner', ''));
for (const char of LATIN_APOSTROPHES) set(char.charCodeAt(0), 'apostrophe', "'");

addRange(0x400, 0x52f, addFromTable('cyrillic', CYRILLIC_LETTERS));
addRange(0x370, 0x3ff, addFromTable('greek', GREEK_LETTERS));
addRange(0x1f00, 0x1fff, addFromTable('greek', GREEK_LETTERS));
addRange(0x531, 0x587, addFromTable('armenian', ARMENIAN_LETTERS));
addRange(0xfb13, 0xfb17, addCompatibility('armenian', ARMENIAN_LETTERS, {}));
for (const char of ARMENIAN_SILENT_MARKS) set(char.charCodeAt(0), 'joiner', '');

addRange(0x10d0, 0x10fa, addFromTable('georgian', GEORGIAN_LETTERS));
// Mtavruli capitals have no lower-case mapping in older ICU data: fold by offset.
addRange(0x1c90, 0x1cba, (char, code) => {
  const base = String.fromCharCode(code - 0x1c90 + 0x10d0);
  if (GEORGIAN_LETTERS[base] !== undefined) set(code, 'georgian', base, true);
});

for (const char of Object.keys(ARABIC_LETTERS)) set(char.charCodeAt(0), 'arabic', char);
for (const char of Object.keys(ARABIC_MARKS)) set(char.charCodeAt(0), 'arabic', char);
addRange(0xfb50, 0xfdff, addCompatibility('arabic', ARABIC_LETTERS, ARABIC_MARKS));
addRange(0xfe70, 0xfeff, addCompatibility('arabic', ARABIC_LETTERS, ARABIC_MARKS));

for (const char of Object.keys(HEBREW_LETTERS)) set(char.charCodeAt(0), 'hebrew', char);
for (const char of Object.keys(HEBREW_POINTS)) set(char.charCodeAt(0), 'hebrew', char);
set('׳'.charCodeAt(0), 'hebrew', '׳');
addRange(0xfb1d, 0xfb4f, (char, code) => {
  const base = [...char.normalize('NFD')].filter((c) => HEBREW_LETTERS[c] !== undefined || HEBREW_POINTS[c] !== undefined).join('');
  if (base) set(code, 'hebrew', base);
});

// Inside a word, these say nothing: tatweel, ZWNJ, ZWJ, soft hyphen, direction marks.
for (const code of [0x640, 0x200c, 0x200d, 0xad, 0x200e, 0x200f, 0x61c]) set(code, 'joiner', '');

/** Geresh marks after a Hebrew letter are read by the Hebrew reader even when typed as an ASCII apostrophe. */
export const GERESH_MARKS = HEBREW_GERESH_MARKS;

const LETTER = /\p{L}/u;
/** 1 once a code unit is known to separate words, so the regex runs once per code. */
const separator = new Uint8Array(0x10000);

/**
 * What the name readers know about the UTF-16 unit `code`; `undefined` for
 * characters that separate words (spaces, digits, punctuation).
 */
export function charInfo(code: number): CharInfo | undefined {
  const known = table[code];
  if (known !== undefined || code >= 0xd800 || separator[code] === 1) return known;
  // A letter of a script without a table (CJK, Devanagari…) is kept as it is.
  const char = String.fromCharCode(code);
  if (!LETTER.test(char)) {
    separator[code] = 1;
    return undefined;
  }
  const other: CharInfo = { script: 'other', base: char, upper: false, diaeresis: false, turkic: false };
  table[code] = other;
  return other;
}
