/**
 * The word sequence near-duplicate detection compares: NFKC, then
 * `foldForMatch` (case, Latin/Cyrillic diacritics, Arabic-script letter
 * variants, Eastern Arabic and Persian digits), then words.
 *
 * Policy, chosen so that copies match and updates stay visible:
 * - Punctuation and symbols are dropped: reprints re-typeset quotes, dashes and
 *   spacing, which must not count as a difference.
 * - Numbers are kept as words, one word per number with its decimal or group
 *   separators unified to "." ("6,1", "6.1" and "6٫1" are one word; "2,300"
 *   is "2.300"). An update that changes "kills 14" to "kills 21" then still
 *   shares almost all its shingles with the first version but is not identical,
 *   and `findChangedFigures` can point at the changed figure.
 * - An apostrophe inside a word is kept ("country's", "bingol'de"), so elision
 *   and Turkish suffixes make one word, as they do for a reader.
 * - Han and Kana characters are one word each (no dictionary, so the words do
 *   not move with the ICU version and stored signatures stay comparable);
 *   Thai, Lao, Khmer and Myanmar runs go through `Intl.Segmenter`, which needs
 *   ICU's dictionaries (signatures for those scripts may shift when ICU does).
 *
 * The regex is used instead of `Intl.Segmenter` for everything else because it
 * gives the same words on Latin, Cyrillic and Arabic-script news and is ~13x
 * faster (53 vs 4.2 MB/s on the synthetic bench corpus, Node 20 / ICU 78).
 */
import { foldForMatch } from '../../lang/match-fold.js';
import { HAN_OR_KANA, SOUTHEAST_ASIAN, wordSegments } from '../../lang/unspaced-scripts.js';

/** A number with separators, else a run of letters, marks and digits with inner apostrophes. */
const WORD = /\p{Nd}+(?:[.,\u066b\u066c]\p{Nd}+)+|[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu;
const NUMBER_SEPARATOR = /[,\u066b\u066c]/gu;
const HAN_OR_KANA_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const FIRST_DIGIT = /^\p{Nd}/u;
/** Code units from Thai (U+0E00) up, surrogates included: only words with one can need the script checks above. */
const PAST_THAI = /[\u0e00-\uffff]/;

function segmentWords(run: string, out: string[]): void {
  for (const { segment } of wordSegments(run)) out.push(segment);
}

function pushWord(word: string, out: string[]): void {
  const first = word.charCodeAt(0);
  if (!PAST_THAI.test(word)) {
    const figure = (first >= 48 && first <= 57) || (first > 0x7f && FIRST_DIGIT.test(word));
    out.push(figure ? word.replace(NUMBER_SEPARATOR, '.') : word);
  } else if (HAN_OR_KANA.test(word)) {
    for (const part of word.match(HAN_OR_KANA_CHAR) ?? []) {
      if (HAN_OR_KANA.test(part)) out.push(part);
      else pushWord(part, out);
    }
  } else if (SOUTHEAST_ASIAN.test(word)) segmentWords(word, out);
  else if (FIRST_DIGIT.test(word)) out.push(word.replace(NUMBER_SEPARATOR, '.'));
  else out.push(word);
}

/** The text as it is compared: NFKC, folded for matching. Two texts with the same normal form are exact copies. */
export function normalizeForMatch(text: string): string {
  return foldForMatch(text.normalize('NFKC'));
}

/**
 * The words of a text after normalisation (see the module comment for the policy).
 * @example matchWords('Quake KILLS 14; toll “6,1”') // ['quake', 'kills', '14', 'toll', '6.1']
 */
export function matchWords(text: string): string[] {
  const words: string[] = [];
  for (const word of normalizeForMatch(text).match(WORD) ?? []) pushWord(word, words);
  return words;
}

/** A number as `matchWords` writes it, with an English ordinal ending at most ("14", "6.1", "2.300", "19th"; not "4029tv"). */
const FIGURE = /^\p{Nd}+(?:\.\p{Nd}+)*(?:st|nd|rd|th)?$/u;

/** Whether a word from `matchWords` is a figure. */
export function isFigure(word: string): boolean {
  return FIGURE.test(word);
}
