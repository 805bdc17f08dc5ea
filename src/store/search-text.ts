/**
 * The text a full-text index holds and the words a query looks for, folded the
 * same way (case, Latin and Cyrillic diacritics, Arabic-script letter forms,
 * harakat, tatweel, ZWNJ, Eastern digits: see `foldForMatch`), so روحانی finds
 * روحاني, إيران finds ايران and "ежик" finds "ёжик". Shared by every driver:
 * each indexes `searchableText` and looks up `searchWords` with its own engine.
 */
import { foldForMatch } from '../lang/match-fold.js';

/** Words a query may have: more are dropped (a pasted paragraph is not a query). */
export const MAX_SEARCH_WORDS = 16;
/** Words this long or longer also match as prefixes ("Putin" finds "Putina", "Iran" finds "Iranian"). */
export const PREFIX_MIN_LENGTH = 3;

/** Letters, digits and combining marks (Indic vowel signs) make words; anything else separates them. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Folded text of a title or a body, for the index.
 * @example searchableText(['Роухани и Путин']) // 'роухани и путин'
 */
export function searchableText(parts: readonly (string | null)[]): string {
  return foldForMatch(parts.filter((part): part is string => part !== null).join('\n'));
}

/**
 * The distinct folded words of a query, in order, at most MAX_SEARCH_WORDS.
 * @example searchWords('  «روحانی» and Putin! ') // ['روحاني', 'and', 'putin']
 */
export function searchWords(query: string): string[] {
  return [...new Set(foldForMatch(query).match(WORD) ?? [])].slice(0, MAX_SEARCH_WORDS);
}
