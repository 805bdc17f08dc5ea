/**
 * Lexical evidence within one language: the words of the title and text
 * folded (case, diacritics, Arabic-script letter forms), stop words dropped,
 * then cut to a short stem so inflections meet without a stemmer per
 * language ("ceasefire"/"ceasefires", "переговоры"/"переговорах",
 * "المشاورات"/"مشاورات"). Terms carry their language: lexical similarity is
 * only measured between articles written in the same language.
 */
import { foldForMatch } from '../../lang/match-fold.js';
import { getLanguagePack } from '../../lang/registry.js';
import { matchWords } from '../duplicates/match-words.js';
import { HAN_OR_KANA } from '../../lang/unspaced-scripts.js';

/** Stem length: long enough to keep words apart, short enough to absorb most inflection (chosen on the dev data, see README). */
export const STEM_LENGTH = 6;
const MIN_TERM_LENGTH = 3;
/** Arabic-script clitics written onto the next word: wa-, bi-, li-, fa-, ka- and the article al-. */
const ARABIC_CLITICS = /^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?(?=[\u0621-\u064a\u0671-\u06d3]{3})/u;
const HAS_DIGIT = /\p{Nd}/u;

const stopwordCache = new Map<string, ReadonlySet<string>>();

function foldedStopwords(language: string | null): ReadonlySet<string> {
  const key = language ?? '';
  let set = stopwordCache.get(key);
  if (!set) {
    const pack = getLanguagePack(language);
    set = new Set([...(pack?.stopwords ?? [])].map((word) => foldForMatch(word)));
    stopwordCache.set(key, set);
  }
  return set;
}

/** The comparable stem of one folded word, or null when it carries no topic. */
export function stemOf(word: string, stopwords: ReadonlySet<string>): string | null {
  if (HAS_DIGIT.test(word) || stopwords.has(word)) return null;
  const bare = word.replace(ARABIC_CLITICS, '');
  if ([...bare].length < MIN_TERM_LENGTH || stopwords.has(bare)) return null;
  return [...bare].slice(0, STEM_LENGTH).join('');
}

/**
 * Adds the weighted stems of `text` to `into`, keyed "language:stem".
 * @example addTerms(new Map(), 'Ceasefire talks resume', 'en', 3) // Map { 'en:ceasef' => 3, 'en:talks' => 3, 'en:resume' => 3 }
 */
export function addTerms(into: Map<string, number>, text: string, language: string | null, weight: number): Map<string, number> {
  const stopwords = foldedStopwords(language);
  const prefix = `${language ?? 'und'}:`;
  const add = (term: string): void => {
    into.set(prefix + term, (into.get(prefix + term) ?? 0) + weight);
  };
  let previousHan = '';
  for (const word of matchWords(text)) {
    // Chinese and Japanese come as one character per word (no dictionary, see match-words.ts): neighbouring
    // characters make the terms ("俄罗斯" → 俄罗, 罗斯), as character bigrams do in CJK retrieval.
    if (HAN_OR_KANA.test(word)) {
      if (previousHan) add(previousHan + word);
      previousHan = word;
      continue;
    }
    previousHan = '';
    const stem = stemOf(word, stopwords);
    if (stem) add(stem);
  }
  return into;
}
