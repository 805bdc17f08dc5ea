/**
 * Hebrew to Latin, lower case. Consonant values are the usual press ones; the
 * letters whose reading depends on position (ב כ פ at the start of a word, ו י
 * as vowels or glides, final ה, א and ע) and the geresh are read by
 * read-hebrew.ts. ח is "kh" like Arabic خ and Russian х (it also writes Arabic
 * ح, which the key's h class meets).
 */
export const HEBREW_LETTERS: Readonly<Record<string, string>> = {
  א: '',
  ב: 'v',
  ג: 'g',
  ד: 'd',
  ה: 'h',
  ו: 'o',
  ז: 'z',
  ח: 'kh',
  ט: 't',
  י: 'i',
  כ: 'kh',
  ך: 'kh',
  ל: 'l',
  מ: 'm',
  ם: 'm',
  נ: 'n',
  ן: 'n',
  ס: 's',
  ע: "'",
  פ: 'f',
  ף: 'f',
  צ: 'ts',
  ץ: 'ts',
  ק: 'k',
  ר: 'r',
  ש: 'sh',
  ת: 't',
};

/** Readings at the start of a word, or with a dagesh. */
export const HEBREW_HARD: Readonly<Record<string, string>> = {
  ב: 'b',
  כ: 'k',
  פ: 'p',
};

/** Letters followed by a geresh (ג׳ in ג׳ורג׳) write sounds Hebrew lacks. */
export const HEBREW_GERESH: Readonly<Record<string, string>> = {
  ג: 'j',
  ז: 'zh',
  צ: 'ch',
  ץ: 'ch',
  ת: 'th',
  ח: 'kh',
};

/** Niqqud: the vowels the points write, or nothing. */
export const HEBREW_POINTS: Readonly<Record<string, string>> = {
  '\u05b0': '',
  '\u05b1': 'e',
  '\u05b2': 'a',
  '\u05b3': 'o',
  '\u05b4': 'i',
  '\u05b5': 'e',
  '\u05b6': 'e',
  '\u05b7': 'a',
  '\u05b8': 'a',
  '\u05b9': 'o',
  '\u05ba': 'o',
  '\u05bb': 'u',
  '\u05bc': '', // dagesh: read-hebrew.ts hardens ב כ פ
  '\u05bd': '',
  '\u05bf': '',
  '\u05c1': '',
  '\u05c2': '', // sin dot: read-hebrew.ts reads ש as s
  '\u05c7': 'o',
};

export const HEBREW_GERESH_MARKS = '׳\'';
export const HEBREW_DAGESH = '\u05bc';
export const HEBREW_SIN_DOT = '\u05c2';

export const HEBREW_PUNCTUATION: Readonly<Record<string, string>> = {
  '־': '-',
  '״': '"',
};
