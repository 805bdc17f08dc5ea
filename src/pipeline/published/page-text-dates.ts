import type { DateEvidence } from './date-evidence.js';
import { joinSegments, type PageIndex, type TextSegment } from './page-index.js';
import { dayOf } from './plausible-date.js';
import { readTextDates } from './read-text-dates.js';

/** Enough text for the top of any article page; beyond it dates are archives and footers. */
const MAX_PAGE_TEXT = 20_000;

/**
 * The last resort: full dates anywhere in the page's visible text outside
 * comments, related lists and sidebars, the most often written first (a
 * page repeats its own date in the byline, the breadcrumb and the footer),
 * earlier ones winning ties.
 */
export function findPageTextDates(page: PageIndex): DateEvidence[] {
  const segments: TextSegment[] = [];
  let length = 0;
  for (const segment of page.segments) {
    if (segment.noise) continue;
    segments.push(segment);
    length += segment.text.length;
    if (length > MAX_PAGE_TEXT) break;
  }
  const languages = page.language ? [page.language] : undefined;
  const mentions = readTextDates(joinSegments(segments), 'text:page', languages);
  const counts = new Map<string, number>();
  for (const { date } of mentions) counts.set(dayOf(date), (counts.get(dayOf(date)) ?? 0) + 1);
  const ranked = mentions.map((mention, order) => ({ mention, order, count: counts.get(dayOf(mention.date))! }));
  ranked.sort((a, b) => b.count - a.count || a.order - b.order);
  return ranked.map(({ mention }) => ({ date: mention.date, role: mention.role, source: 'text' }));
}
