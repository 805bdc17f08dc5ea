/**
 * Script-aware romanisation to plain Latin for names and short texts: Arabic,
 * Persian, Urdu; Cyrillic (Russian, Ukrainian, Kazakh…); Greek; Armenian;
 * Georgian; Hebrew; Latin with its diacritics folded. Capitals of cased
 * scripts are kept; Arabic-script and Eastern digits become ASCII; scripts
 * without a table (CJK, Indic) are passed through unchanged.
 */
import { charInfo } from './char-table.js';
import { readWord } from './read-word.js';
import type { RomanOut } from './roman-out.js';
import { ARABIC_PUNCTUATION } from './scripts/arabic.js';
import { ARMENIAN_PUNCTUATION } from './scripts/armenian.js';
import { HEBREW_PUNCTUATION } from './scripts/hebrew.js';
import { WordLetters, readLetters, startsWord, wordEnd } from './word-letters.js';

const PUNCTUATION: Readonly<Record<string, string>> = { ...ARABIC_PUNCTUATION, ...ARMENIAN_PUNCTUATION, ...HEBREW_PUNCTUATION };

function withCase(roman: string, word: WordLetters, at: number): string {
  if (roman === '' || !word.upper[at]) return roman;
  const neighbourUpper = word.upper[at + 1] === true || (at + 1 >= word.length && word.upper[at - 1] === true);
  return neighbourUpper ? roman.toUpperCase() : roman[0]!.toUpperCase() + roman.slice(1);
}

class TextOut implements RomanOut {
  text = '';
  constructor(private readonly word: WordLetters) {}

  letter(roman: string, at: number): void {
    this.text += withCase(roman, this.word, at);
  }

  latin(_folded: string, from: number, to: number): void {
    for (let k = from; k < to; k += 1) this.text += withCase(this.word.chars[k]!, this.word, k);
  }
}

function separator(char: string, code: number): string {
  if (charInfo(code)?.script === 'joiner') return '';
  if (code >= 0x660 && code <= 0x669) return String(code - 0x660);
  if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0);
  return PUNCTUATION[char] ?? char;
}

const word = new WordLetters();
const out = new TextOut(word);

/**
 * Romanises `text`, keeping everything that is not a letter as it is.
 * @example romanize('Путин') // 'Putin'
 * @example romanize('حسن روحاني') // 'hsn ruhani' (short vowels are not written)
 * @example romanize('Əliyev') // 'Aliyev'
 */
export function romanize(text: string): string {
  out.text = '';
  let i = 0;
  while (i < text.length) {
    const end = startsWord(text, i) ? wordEnd(text, i) : i;
    if (end > i) {
      readLetters(text, i, end, word);
      readWord(word, out);
      i = end;
    } else {
      out.text += separator(text[i]!, text.charCodeAt(i));
      i += 1;
    }
  }
  return out.text;
}
