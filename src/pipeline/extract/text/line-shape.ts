/**
 * Shape features of one line, script-neutral: they work for Arabic and
 * Persian (no capitals) as well as for Latin and Cyrillic text.
 */

/** Sentence-final punctuation in the scripts we handle, optionally followed by closing quotes/brackets (and U+FFFD left by bad bytes). */
const SENTENCE_END = /[.!?؟。۔…][\s"'”’»)\]\ufffd]*$|["”»][\s\ufffd]*$/u;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

export function isUrlOnly(text: string): boolean {
  return URL_ONLY.test(text.trim());
}

/** Share of cased letters that are upper case; 0 for scripts without case. */
export function upperCaseRatio(text: string): number {
  const cased = text.match(/[\p{Lu}\p{Ll}]/gu) ?? [];
  if (cased.length === 0) return 0;
  return cased.filter((char) => /\p{Lu}/u.test(char)).length / cased.length;
}

/** Words a real paragraph has at least, when it also ends like a sentence. */
const MIN_SENTENCE_WORDS = 8;
/** Words after which a line is prose even without final punctuation (headlines rarely run this long). */
const MIN_RUNON_WORDS = 25;

/** Reads like running prose: a sentence of some length, or a long run-on line. */
export function isParagraphLike(text: string): boolean {
  const words = wordCount(text);
  return (endsLikeSentence(text) && words >= MIN_SENTENCE_WORDS) || words >= MIN_RUNON_WORDS;
}

/** Longest headline we accept, in words (tuned on wire headlines in en/ar/ru: 4–20 words). */
const MAX_HEADLINE_WORDS = 24;

/** Reads like a headline: a few words, not ending like a sentence (a trailing quote or "?" is allowed). */
export function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  if (words < 3 || words > MAX_HEADLINE_WORDS) return false;
  return !/[.:;,]$/.test(text) || /[?!"”»]$/.test(text);
}
