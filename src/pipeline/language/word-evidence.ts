/** Shared counting for the letter and function-word rules of each script. */
import { foldForMatch } from '../../lang/match-fold.js';
import { getLanguagePack } from '../../lang/registry.js';

/** Folded words of a text (letters and marks only). */
export function foldedWords(text: string): string[] {
  return foldForMatch(text).split(/[^\p{L}\p{M}']+/u).filter(Boolean);
}

/** Occurrences of any character of `letters` in `text`. */
export function countLetters(text: string, letters: ReadonlySet<string>): number {
  let count = 0;
  for (const char of text) if (letters.has(char)) count += 1;
  return count;
}

const stopwordCache = new Map<string, ReadonlySet<string>>();

/** A pack's stopwords folded for matching; `extra` for languages without a pack. */
export function foldedStopwords(code: string, extra: readonly string[] = []): ReadonlySet<string> {
  let set = stopwordCache.get(code);
  if (!set) {
    set = new Set([...(getLanguagePack(code)?.stopwords ?? []), ...extra].map(foldForMatch));
    stopwordCache.set(code, set);
  }
  return set;
}

/** How many of `words` are in `stopwords`. */
export function stopwordHits(words: readonly string[], stopwords: ReadonlySet<string>): number {
  let hits = 0;
  for (const word of words) if (stopwords.has(word)) hits += 1;
  return hits;
}

export interface LetterRuleGuess {
  language: string;
  /** Which evidence decided, for tracing: "letters:ے", "stopwords". */
  reason: string;
}
