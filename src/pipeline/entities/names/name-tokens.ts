/**
 * A name as the words that identify it: romanised, read into phones, with
 * leading honorifics dropped (Dr., Ayatollah, الشيخ, г-н) and the Arabic
 * article set aside (al-Assad, الأسد → Assad), so that "Dr. Bashar al-Assad"
 * and "بشار الأسد" are compared word for word.
 */
import { HONORIFICS, LATIN_ARTICLES, LATIN_SUN_ARTICLES } from './honorifics.js';
import { PhoneSink, phonesOfLetter, readLatinPhones, type Phone } from './phones.js';
import { readWord } from './read-word.js';
import type { RomanOut } from './roman-out.js';
import { ARABIC_MARKS } from './scripts/arabic.js';
import { HEBREW_POINTS } from './scripts/hebrew.js';
import { WordLetters, ZWNJ, hasTurkicLetter, readLetters, startsWord, wordEnd } from './word-letters.js';

export interface NameToken {
  /** Lower-case romanisation: the phones' spellings joined ("ruhani" for روحاني). */
  readonly roman: string;
  readonly phones: readonly Phone[];
  /** The phones with the Arabic article kept, when `phones` left it out (الهام is a name, not al-Ham). */
  readonly withArticle: readonly Phone[] | undefined;
  /** Written in a script that leaves short vowels out (Arabic script, Hebrew). */
  readonly abjad: boolean;
}

interface ScannedWord extends NameToken {
  /** Letters folded for matching honorifics, lower case, Arabic letter variants as one ('' past the first words). */
  readonly fold: string;
  readonly latin: boolean;
  readonly hyphenAfter: boolean;
}

class PhoneOut implements RomanOut {
  readonly sink = new PhoneSink();

  letter(roman: string): void {
    // Nothing to read in '' or in a letter passed through from a script without a table (习).
    if (roman === '' || roman.charCodeAt(0) > 0x7f) return;
    for (const phone of phonesOfLetter(roman)) this.sink.push(phone);
  }

  latin(folded: string): void {
    readLatinPhones(folded, this.sink);
  }
}

/** Arabic-script letter variants written as one for matching (ی ي ى, ک ك, ة ه, أ ا…); marks and ZWNJ dropped. */
const FOLD = new Map<string, string>([
  ...Object.entries({ ی: 'ي', ى: 'ي', ک: 'ك', ة: 'ه', ۀ: 'ه', ہ: 'ه', أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', [ZWNJ]: '', "'": '' }),
  ...Object.keys(ARABIC_MARKS).map((mark): [string, string] => [mark, '']),
  ...Object.keys(HEBREW_POINTS).map((point): [string, string] => [point, '']),
]);
/** Honorifics are looked for among the first words only. */
const FOLDED_WORDS = 6;

function foldLetters(word: WordLetters): string {
  let fold = '';
  for (let k = 0; k < word.length; k += 1) {
    const char = word.chars[k]!;
    fold += FOLD.get(char) ?? char;
  }
  return fold;
}

/** Letters after a word-initial ال, or -1 when there is no article to set aside (الله, short words). */
function articleEnd(word: WordLetters): number {
  if (word.scripts[0] !== 'arabic' || word.chars[0] !== 'ا' || word.chars[1] !== 'ل') return -1;
  const rest = foldLetters(word).slice(2);
  return rest.length < 2 || rest === 'له' ? -1 : 2;
}

function romanOf(phones: readonly Phone[]): string {
  let roman = '';
  for (const phone of phones) roman += phone.roman;
  return roman;
}

const letters = new WordLetters();
const out = new PhoneOut();

function scanWords(text: string): ScannedWord[] {
  const words: ScannedWord[] = [];
  const turkic = hasTurkicLetter(text);
  let i = 0;
  while (i < text.length) {
    const end = startsWord(text, i) ? wordEnd(text, i) : i;
    if (end <= i) {
      i += 1;
      continue;
    }
    readLetters(text, i, end, letters, turkic);
    const fold = words.length < FOLDED_WORDS ? foldLetters(letters) : '';
    const article = articleEnd(letters);
    readWord(letters, out, article < 0 ? 0 : article);
    const phones = out.sink.take();
    let withArticle: Phone[] | undefined;
    if (article >= 0) {
      readWord(letters, out);
      withArticle = out.sink.take();
    }
    let abjad = false;
    for (let k = 0; k < letters.length; k += 1) if (letters.scripts[k] === 'arabic' || letters.scripts[k] === 'hebrew') abjad = true;
    const hyphenAfter = text[end] === '-' || text[end] === '‐' || text[end] === '‑';
    if (phones.length > 0) words.push({ roman: romanOf(phones), phones, withArticle, abjad, fold, latin: letters.scripts[0] === 'latin', hyphenAfter });
    i = end;
  }
  return words;
}

let honorificFolds: Set<string> | undefined;

function honorifics(): Set<string> {
  if (honorificFolds === undefined) {
    honorificFolds = new Set();
    for (const list of Object.values(HONORIFICS)) for (const entry of list) honorificFolds.add(scanWords(entry).map((word) => word.fold).join(''));
  }
  return honorificFolds;
}

/** How many leading words form an honorific (longest first, up to three words); 0 if none. */
function honorificLength(words: readonly ScannedWord[], from: number): number {
  const known = honorifics();
  for (let n = Math.min(3, words.length - from - 1); n >= 1; n -= 1) {
    let fold = '';
    for (let k = from; k < from + n; k += 1) fold += words[k]!.fold;
    if (known.has(fold)) return n;
  }
  return 0;
}

function isLatinArticle(words: readonly ScannedWord[], at: number): boolean {
  const word = words[at]!;
  const next = words[at + 1];
  if (!word.latin || next === undefined) return false;
  // "Al Gore": a first word "Al" followed by a space is a name.
  if (word.roman.length > 3) return false;
  if (LATIN_ARTICLES.includes(word.roman)) return at > 0 || word.hyphenAfter;
  return LATIN_SUN_ARTICLES.includes(word.roman) && word.hyphenAfter && next.roman.startsWith(word.roman.slice(1));
}

/**
 * The identifying words of a name, in order.
 * @example nameTokens('Dr. Bashar al-Assad').map((t) => t.roman) // ['bashar', 'asad']
 */
export function nameTokens(text: string): NameToken[] {
  const words = scanWords(text);
  let start = 0;
  for (let n = honorificLength(words, start); n > 0; n = honorificLength(words, start)) start += n;
  const tokens: NameToken[] = [];
  for (let k = start; k < words.length; k += 1) {
    if (isLatinArticle(words, k)) continue;
    const { roman, phones, withArticle, abjad } = words[k]!;
    tokens.push({ roman, phones, withArticle, abjad });
  }
  return tokens;
}
