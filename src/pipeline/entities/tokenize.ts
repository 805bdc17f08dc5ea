import { HAN_OR_KANA, SOUTHEAST_ASIAN, wordSegments } from '../../lang/unspaced-scripts.js';

/** A word or a punctuation mark with its place in the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Letters, digits and inner apostrophes/hyphens ("Nagorno-Karabakh", "Erdoğan'ın", "می‌گوید", "U.S."). */
  word: boolean;
  /** First letter is upper case (false for caseless scripts). */
  capitalized: boolean;
  /** Every cased letter is upper case and there are at least two ("OSCE", "IRNA", "U.S."). */
  allCaps: boolean;
  /** The token starts a sentence (first in the text or after . ! ? ؟ : or a line break). */
  sentenceStart: boolean;
}

/**
 * Dotted acronyms ("U.S.", "U.N.") first; then words, where apostrophes, hyphens
 * and invisible format characters (ZWNJ in Persian, ZWJ, direction marks, soft
 * hyphens) join letters into one word; then any other visible character.
 * Format characters outside words are skipped, so an RTL mark is never a token.
 */
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:(?:['’\-‐]|\p{Cf}+)[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}\p{Cf}]/gu;
const SENTENCE_BREAK = /[.!?؟։。:;"“”«»]/u;
/** A dot after one of these ends an abbreviation, not a sentence ("Dr. Rouhani", "J. Smith", "St. Petersburg"). */
const ABBREVIATION = /^\p{Lu}\p{Ll}{0,2}$/u;

function casing(value: string): { capitalized: boolean; allCaps: boolean } {
  let upper = 0;
  let lower = 0;
  for (const char of value) {
    if (char === char.toLowerCase()) {
      if (char !== char.toUpperCase()) lower += 1;
    } else upper += 1;
  }
  const first = /\p{L}/u.exec(value)?.[0] ?? '';
  return { capitalized: first !== '' && first !== first.toLowerCase(), allCaps: upper >= 2 && lower === 0 };
}

/**
 * The words of a run in a script without spaces, by ICU's dictionaries ("伊朗总统鲁哈尼与俄罗斯总统" → 伊朗 总统
 * 鲁哈尼 与 俄罗斯 总统), with their offsets; so a place or a name is a word the gazetteer can be asked about.
 */
function segmentRun(value: string, start: number): { text: string; start: number }[] {
  const out = wordSegments(value).map(({ segment, index }) => ({ text: segment, start: start + index }));
  return out.length > 0 ? out : [{ text: value, start }];
}

/**
 * Splits text into words and punctuation with offsets into the original text.
 * Runs of Chinese, Japanese, Thai, Lao, Khmer and Myanmar are split into words by `Intl.Segmenter`.
 * @example tokenize('Dr. Rouhani said').map((t) => t.text) // ['Dr', '.', 'Rouhani', 'said']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  let lastEnd = 0;
  let previousWord = '';
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const start = match.index ?? 0;
    if (text.slice(lastEnd, start).includes('\n')) sentenceStart = true;
    const word = /[\p{L}\p{N}]/u.test(value);
    if (word && (HAN_OR_KANA.test(value) || SOUTHEAST_ASIAN.test(value))) {
      for (const piece of segmentRun(value, start)) {
        const { capitalized, allCaps } = casing(piece.text);
        tokens.push({ text: piece.text, start: piece.start, end: piece.start + piece.text.length, word: true, capitalized, allCaps, sentenceStart });
        sentenceStart = false;
      }
      previousWord = value;
      lastEnd = start + value.length;
      continue;
    }
    const { capitalized, allCaps } = word ? casing(value) : { capitalized: false, allCaps: false };
    tokens.push({ text: value, start, end: start + value.length, word, capitalized, allCaps, sentenceStart: word ? sentenceStart : false });
    if (word) {
      sentenceStart = false;
      previousWord = value;
    } else if (SENTENCE_BREAK.test(value) && !(value === '.' && lastEnd === start && ABBREVIATION.test(previousWord))) {
      sentenceStart = true;
    }
    if (!word) previousWord = '';
    lastEnd = start + value.length;
  }
  return tokens;
}
