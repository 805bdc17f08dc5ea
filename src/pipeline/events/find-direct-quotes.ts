/**
 * Quoted words in a paragraph, in every quotation style the press uses: "…", “…”, «…» (with „…“ or
 * “…” nested inside), „…“, ‹…›, and mixed pairs a copy-edit leaves ("…”). A quotation still open at
 * the paragraph's end runs to that end (a report often forgets to close it). Scare quotes and titles
 * (“lasting peace”, «Северный поток») are not speech: a quote needs MIN_WORDS words.
 */
import type { TextSpan } from '../../core/event.js';

export interface QuotedSpan {
  /** The words inside the marks, trimmed. */
  content: TextSpan;
  /** Offsets of the opening mark and just after the closing mark (the paragraph end when unclosed). */
  open: number;
  close: number;
  closed: boolean;
}

/** Fewer words than this between quotation marks is a title, a term or scare quotes, not speech. */
export const MIN_QUOTE_WORDS = 4;

/** Closing marks each opening mark accepts. */
const CLOSERS: Readonly<Record<string, string>> = { '"': '"”“', '“': '”"', '„': '“”"', '«': '»', '‹': '›' };
const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /["“”„«»‹›]/gu;

function trimmed(text: string, start: number, end: number): TextSpan {
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  return { text: text.slice(start, end), start, end };
}

/**
 * @example findDirectQuotes('He said, “We are ready to help them now.”', 0, 41)[0]?.content.text // 'We are ready to help them now.'
 */
export function findDirectQuotes(text: string, paragraphStart: number, paragraphEnd: number): QuotedSpan[] {
  const quotes: QuotedSpan[] = [];
  let open: { mark: string; at: number } | null = null;
  let depth = 0;
  const push = (close: number, closed: boolean): void => {
    const content = trimmed(text, open!.at + 1, closed ? close - 1 : close);
    if ((content.text.match(WORD)?.length ?? 0) >= MIN_QUOTE_WORDS) quotes.push({ content, open: open!.at, close, closed });
    open = null;
    depth = 0;
  };
  MARKS.lastIndex = paragraphStart;
  for (let found = MARKS.exec(text); found !== null && found.index < paragraphEnd; found = MARKS.exec(text)) {
    const i = found.index;
    const char = found[0];
    if (open === null) {
      if (char in CLOSERS) open = { mark: char, at: i };
      continue;
    }
    // Guillemets nest: «… «…» …» closes at the outer one.
    if (open.mark === '«' && char === '«') depth += 1;
    else if (CLOSERS[open.mark]!.includes(char)) {
      if (depth > 0 && char === '»') depth -= 1;
      else push(i + 1, true);
    }
  }
  if (open !== null) push(paragraphEnd, false);
  return quotes;
}
