import { findDates } from '../../dates/find-dates.js';
import type { DateMention } from '../../dates/types.js';
import { assign, unassigned, type TextLine } from './text-lines.js';

/** Share of a line's letters and digits a date must cover for the line to be a date line ("Wed / 7 October 2020 / 12:46"). */
const MIN_DATE_COVERAGE = 0.6;

export interface DateLine {
  line: TextLine;
  mention: DateMention;
}

/** A short label before the date ("Published:", "تاریخ انتشار:", "Опубликовано:"): up to three words and a colon, no digits. */
const LEADING_LABEL = /^[^\p{N}:]{1,30}:\s*(?=\p{N})/u;
const MAX_LABEL_WORDS = 3;

function coverage(text: string, mentions: DateMention[]): number {
  const significant = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;
  // The label only says what the date is, like a weekday beside it: it does not count against the date.
  const label = LEADING_LABEL.exec(text)?.[0] ?? '';
  const labelLetters = label.trim().split(/\s+/).length <= MAX_LABEL_WORDS && mentions.every((m) => m.start >= label.length) ? significant(label) : 0;
  const total = significant(text) - labelLetters;
  if (total === 0) return 0;
  // Words next to the date that only qualify it (weekday, time zone) are part of the mention or short; measure what is left.
  let rest = text;
  for (const mention of [...mentions].sort((a, b) => b.start - a.start)) rest = rest.slice(0, mention.start) + rest.slice(mention.end);
  return 1 - (significant(rest) - labelLetters) / total;
}

/** Marks lines that are nothing but a date (and time); returns them with their best mention. */
export function markDateLines(lines: TextLine[], languages: string[]): DateLine[] {
  const found: DateLine[] = [];
  for (const line of unassigned(lines)) {
    if (line.text.length > 120) continue;
    const mentions = findDates(line.text, { languages });
    const best = mentions.find((m) => m.day !== null && m.month !== null);
    if (!best || coverage(line.text, mentions) < MIN_DATE_COVERAGE) continue;
    assign(line, 'date', 'date line');
    found.push({ line, mention: best });
  }
  return found;
}
