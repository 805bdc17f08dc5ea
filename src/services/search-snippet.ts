/**
 * A short passage of an article around the first place a search matched,
 * with the matched spans marked by offsets (never by markup: the page decides
 * how to show them, and article text is never turned into HTML).
 */
import { foldWithOffsets } from '../lang/match-fold.js';

export interface Snippet {
  text: string;
  /** Spans of `text` that matched (UTF-16 offsets, end exclusive). */
  marks: { start: number; end: number }[];
}

/** Characters of context before the first match and of passage in total. */
const CONTEXT_BEFORE = 60;
const SNIPPET_LENGTH = 220;
const ELLIPSIS = '…';

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char);

/** Folded needles' occurrences that start a word, as spans of the original text, in order. */
function findMatches(text: string, needles: readonly string[]): { start: number; end: number }[] {
  const folded = foldWithOffsets(text);
  const spans: { start: number; end: number }[] = [];
  for (const needle of needles) {
    if (needle.length === 0) continue;
    for (let at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + 1)) {
      if (isWordChar(folded.text[at - 1])) continue;
      spans.push({ start: folded.offsets[at] ?? 0, end: folded.offsets[at + needle.length] ?? text.length });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping spans (a word and a longer alias containing it) become one.
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Moves a cut point back to the start of the word it falls in. */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && isWordChar(text[i - 1]) && at - i < 30) i -= 1;
  return i;
}

/**
 * The passage of the first paragraph (title first) that matches a needle;
 * without any match, the opening of the article, unmarked.
 * @example snippetFor(['Rouhani and Putin talk', 'Iranian President…'], ['putin']).marks // [{ start: 12, end: 17 }]
 */
export function snippetFor(texts: readonly string[], needles: readonly string[]): Snippet | null {
  for (const text of texts) {
    const matches = findMatches(text, needles);
    const first = matches[0];
    if (!first) continue;
    const start = first.start <= CONTEXT_BEFORE ? 0 : wordStart(text, first.start - CONTEXT_BEFORE);
    const end = Math.min(text.length, start + SNIPPET_LENGTH);
    const cutEnd = end < text.length ? wordStart(text, end) || end : end;
    const prefix = start > 0 ? ELLIPSIS : '';
    const body = text.slice(start, cutEnd);
    return {
      text: `${prefix}${body}${cutEnd < text.length ? ELLIPSIS : ''}`,
      marks: matches
        .filter((span) => span.start >= start && span.end <= cutEnd)
        .map((span) => ({ start: span.start - start + prefix.length, end: span.end - start + prefix.length })),
    };
  }
  const opening = texts.find((text) => text.trim().length > 0);
  if (opening === undefined) return null;
  return { text: opening.length > SNIPPET_LENGTH ? `${opening.slice(0, wordStart(opening, SNIPPET_LENGTH) || SNIPPET_LENGTH)}${ELLIPSIS}` : opening, marks: [] };
}
