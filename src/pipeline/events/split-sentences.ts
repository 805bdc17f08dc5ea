/**
 * Sentences of an article over its tokens. A sentence ends at a paragraph break or at . ! ? ؟ …
 * followed by a space, except after an abbreviation ("Dr.", "Gen.") or inside a number ("6.1");
 * closing quotes and brackets after the stop stay with the sentence.
 */
import type { WordToken } from './tokenize-words.js';

export interface Sentence {
  start: number;
  end: number;
  /** Tokens [firstToken, endToken) of the article's token list. */
  firstToken: number;
  endToken: number;
}

const STOPS = new Set(['.', '!', '?', '؟', '…', '。', '۔']);
const CLOSERS = new Set(['"', '”', '»', '’', "'", ')', ']', '›', '“']);
/** A dot after one of these ends an abbreviation, not a sentence ("Dr. Rouhani", "Gen. Bagheri", "J. Smith"). */
const ABBREVIATION = /^\p{Lu}\p{Ll}{0,2}$/u;
/**
 * Sentences longer than this many tokens are cut at their last comma or semicolon before it: an
 * unpunctuated run of a page (a table, a list) must not make argument search quadratic or pair far-apart words.
 */
export const MAX_SENTENCE_TOKENS = 160;
const SOFT_BREAKS = new Set([',', ';', '،', '؛', ':']);

function endsSentence(tokens: readonly WordToken[], i: number, text: string): boolean {
  const token = tokens[i]!;
  if (!STOPS.has(token.text)) return false;
  // Closing quotes and brackets right after the stop belong to the sentence: look past them.
  let after = i + 1;
  while (tokens[after] && CLOSERS.has(tokens[after]!.text) && tokens[after]!.start === tokens[after - 1]!.end) after += 1;
  const next = tokens[after];
  if (!next) return true;
  if (next.start === tokens[after - 1]!.end) return false; // "6.1", "example.com"
  if (token.text === '.' && i > 0) {
    const previous = tokens[i - 1]!;
    if (previous.end === token.start && ABBREVIATION.test(previous.text) && !text.slice(token.end, next.start).includes('\n')) return false;
  }
  return true;
}

function cutLong(sentence: Sentence, tokens: readonly WordToken[]): Sentence[] {
  const pieces: Sentence[] = [];
  let first = sentence.firstToken;
  while (sentence.endToken - first > MAX_SENTENCE_TOKENS) {
    let cut = first + MAX_SENTENCE_TOKENS;
    for (let i = cut - 1; i > first + MAX_SENTENCE_TOKENS / 2; i -= 1) {
      if (SOFT_BREAKS.has(tokens[i]!.text)) {
        cut = i + 1;
        break;
      }
    }
    pieces.push({ start: tokens[first]!.start, end: tokens[cut - 1]!.end, firstToken: first, endToken: cut });
    first = cut;
  }
  pieces.push({ start: tokens[first]!.start, end: sentence.end, firstToken: first, endToken: sentence.endToken });
  return pieces;
}

/**
 * @example splitSentences('Dr. Rouhani spoke. Putin agreed.', tokenize('Dr. Rouhani spoke. Putin agreed.')).length // 2
 */
export function splitSentences(text: string, tokens: readonly WordToken[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number): void => {
    if (endToken <= first) return;
    const sentence = { start: tokens[first]!.start, end: tokens[endToken - 1]!.end, firstToken: first, endToken };
    sentences.push(...(endToken - first > MAX_SENTENCE_TOKENS ? cutLong(sentence, tokens) : [sentence]));
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const next = tokens[i + 1];
    if (next && text.slice(tokens[i]!.end, next.start).includes('\n')) {
      close(i + 1);
      continue;
    }
    if (!endsSentence(tokens, i, text)) continue;
    let end = i + 1;
    while (end < tokens.length && CLOSERS.has(tokens[end]!.text) && tokens[end]!.start === tokens[end - 1]!.end) end += 1;
    close(end);
    i = end - 1;
  }
  close(tokens.length);
  return sentences;
}
