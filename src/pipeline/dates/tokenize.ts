/**
 * Splits text into folded tokens (numbers, words, single punctuation marks)
 * with spans in the original text, so the date readers can match "Октября",
 * "октября" and "OKTЯБРЯ", or "١٠" and "10", alike.
 */
import { foldWithOffsets } from '../../lang/match-fold.js';

export interface Token {
  kind: 'num' | 'word' | 'punct';
  /** Folded text (lower case, no diacritics, ASCII digits). */
  text: string;
  /** Span in the original text. */
  start: number;
  end: number;
  /** Whitespace separates this token from the previous one. */
  spaced: boolean;
  /** A line break separates this token from the previous one. */
  newline: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;
/** 1 letter, 2 space, 3 other, per BMP code unit; filled on first sight. */
const charClass = new Uint8Array(0x10000);

function classify(code: number, char: string): number {
  if (code >= 48 && code <= 57) return 0;
  if (code < 0x10000 && charClass[code]) return charClass[code]!;
  const found = LETTER.test(char) ? 1 : SPACE.test(char) ? 2 : 3;
  if (code < 0x10000) charClass[code] = found;
  return found;
}

/** Tokenizes `text`; offsets in the returned tokens point into `text` itself. */
export function tokenize(text: string): Token[] {
  const { text: folded, offsets } = foldWithOffsets(text);
  const tokens: Token[] = [];
  let spaced = true;
  let newline = false;
  let i = 0;
  while (i < folded.length) {
    const code = folded.charCodeAt(i);
    const kind = classify(code, folded[i]!);
    if (kind === 2) {
      spaced = true;
      if (code === 10 || code === 13) newline = true;
      i += 1;
      continue;
    }
    let j = i + 1;
    if (kind === 0 || kind === 1) {
      while (j < folded.length && classify(folded.charCodeAt(j), folded[j]!) === kind) j += 1;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      j += 1;
    }
    const start = offsets[i]!;
    const end = j < folded.length ? offsets[j]! : text.length;
    tokens.push({ kind: kind === 0 ? 'num' : kind === 1 ? 'word' : 'punct', text: folded.slice(i, j), start, end, spaced, newline });
    spaced = false;
    newline = false;
    i = j;
  }
  return tokens;
}
