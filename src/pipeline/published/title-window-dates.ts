import type { PageIndex, TextSegment } from './page-index.js';
import type { DateEvidence } from './date-evidence.js';
import { readTextDates } from './read-text-dates.js';
import { joinInline } from './visible-text.js';

/**
 * How much text around the title is read: the date line sits just above or
 * below the headline (kicker, byline, lead); further down, dates are the
 * story's own events. Tuned on the htmldate set (800 pages, mostly German).
 */
const SEGMENTS_BEFORE = 6;
const CHARS_AFTER = 300;

/** Segments as one text, a line per block. */
export function joinSegments(segments: TextSegment[]): string {
  let text = '';
  for (const segment of segments) {
    const piece = segment.text.replace(/\s+/g, ' ');
    text = segment.breakBefore ? `${text}\n${piece}` : joinInline(text, piece);
  }
  return text;
}

/**
 * Full dates written next to the article's title: those below it first (the
 * byline), in reading order, then those above it (a kicker line), closest first.
 */
export function findTitleWindowDates(page: PageIndex): DateEvidence[] {
  const heading = page.titleHeading;
  if (!heading) return [];
  const languages = page.language ? [page.language] : undefined;
  const start = Math.max(0, heading.textIndex - SEGMENTS_BEFORE);
  const before = page.segments.slice(start, heading.textIndex).filter((segment) => !segment.noise);
  const after: TextSegment[] = [];
  let length = 0;
  for (const segment of page.segments.slice(heading.textIndex)) {
    if (length > CHARS_AFTER) break;
    if (segment.noise) continue;
    after.push(segment);
    length += segment.text.length;
  }
  const read = (segments: TextSegment[]): DateEvidence[] =>
    readTextDates(joinSegments(segments), 'text:near-title', languages).map((mention) => ({
      date: mention.date,
      role: mention.role,
      source: 'text',
      position: heading.textIndex,
    }));
  return [...read(after), ...read(before).reverse()];
}
