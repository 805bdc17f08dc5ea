import type { ResolvedDate } from '../../core/article.js';
import type { PageEvidence } from './collect-evidence.js';
import type { DateEvidence } from './date-evidence.js';
import { dayOf } from './plausible-date.js';

const DAY_MS = 86_400_000;
/** Text segments above the title still part of its header (kicker, date line); on the htmldate set 10 to 25 score alike, 6 loses 2 pages. */
const LINES_ABOVE_TITLE = 15;

function first(evidence: DateEvidence[], test: (item: DateEvidence) => boolean): ResolvedDate | null {
  return evidence.find(test)?.date ?? null;
}

/**
 * Evidence from the title onwards (and the lines just above it) first, the
 * rest after: dates far above it are the masthead's "today" or a teaser's.
 */
function fromTitleOn(evidence: DateEvidence[], titleAt: number | null): DateEvidence[] {
  if (titleAt === null) return evidence;
  const near = (item: DateEvidence): boolean => item.position === undefined || item.position >= titleAt - LINES_ABOVE_TITLE;
  return [...evidence.filter(near), ...evidence.filter((item) => !near(item))];
}

function isFullDate(date: ResolvedDate): boolean {
  return date.precision !== 'year' && date.precision !== 'month';
}

function isUtc(date: ResolvedDate): boolean {
  return /(?:Z|[+-]00:00)$/.test(date.value);
}

function daysApart(a: ResolvedDate, b: ResolvedDate): number {
  return Math.abs(Date.parse(dayOf(a)) - Date.parse(dayOf(b))) / DAY_MS;
}

/**
 * A timestamp written in UTC names the next (or previous) day for an evening
 * story in the Americas (or a morning one in Asia); the URL's day is the
 * newsroom's local day, which is what readers and archives call the date.
 */
function localDay(date: ResolvedDate, evidence: PageEvidence): ResolvedDate {
  const url = evidence.url?.date;
  if (url && isUtc(date) && daysApart(date, url) === 1) return { ...url, method: `${date.method}+url` };
  return date;
}

/**
 * The date the page shows readers as the article's: the first date of a
 * date-line element (class "date", "byline", "meta"…) when it is also the
 * first date next to the title, and is not called an update.
 */
function shownDateLine(evidence: PageEvidence): ResolvedDate | null {
  const notModified = (item: DateEvidence): boolean => item.role !== 'modified';
  const holder = first(evidence.holders, notModified);
  const nearTitle = first(evidence.nearTitle, notModified);
  return holder && nearTitle && dayOf(holder) === dayOf(nearTitle) ? holder : null;
}

/**
 * Metadata records what the CMS stored; the date line is what the outlet
 * shows. When the page never shows the metadata's day but its date line
 * shows another, the date line wins: the metadata is then a migration or
 * import stamp, a UTC timestamp that crossed midnight, or a first draft.
 * On the htmldate set this fixed 20 pages and broke 2.
 */
function preferShown(stated: ResolvedDate, evidence: PageEvidence): ResolvedDate {
  const line = shownDateLine(evidence);
  if (!line || dayOf(line) === dayOf(stated)) return stated;
  const shownDays = new Set(evidence.pageText().map((item) => dayOf(item.date)));
  return shownDays.has(dayOf(stated)) ? stated : line;
}

/**
 * Picks the publication date from a page's evidence, in tiers of trust:
 * what JSON-LD and meta tags call "published"; date markup that says so
 * (<time pubdate>, itemprop="datePublished", class="published"); a date the
 * text itself calls published ("Veröffentlicht am …"); the URL's day; then
 * dates without a stated role in markup, date lines and next to the title;
 * created and, last, modified dates.
 */
export function choosePublished(evidence: PageEvidence): ResolvedDate | null {
  const structured = [...evidence.jsonLd, ...evidence.meta];
  const { holders, markup, nearTitle } = evidence;
  const written = [...holders, ...nearTitle];
  // A bare year or month ("2006" in a journal's citation meta) names an issue, not a day; it is a last resort.
  const published = (item: DateEvidence): boolean => item.role === 'published' && isFullDate(item.date);
  const unknown = (item: DateEvidence): boolean => item.role === 'unknown' && isFullDate(item.date);
  const stated = first(structured, published) ?? first(markup, published);
  if (stated) return preferShown(localDay(stated, evidence), evidence);
  return (
    first(written, published) ??
    evidence.url?.date ??
    first(fromTitleOn([...markup, ...holders, ...nearTitle], evidence.titleAt), unknown) ??
    first([...structured, ...markup], (item) => item.role === 'created' && isFullDate(item.date)) ??
    first([...structured, ...markup, ...written], (item) => isFullDate(item.date)) ??
    first(evidence.pageText(), () => true) ??
    first([...structured, ...markup], () => true)
  );
}
