import { hasDateline } from './parse-dateline.js';
import { isHeadlineLike, isParagraphLike, wordCount } from './line-shape.js';
import { assign, type TextLine } from './text-lines.js';

export interface HeaderResult {
  /** Index (into lines) of the first body line; lines.length when there is no body. */
  bodyStart: number;
  title: TextLine | null;
}

const HEADER_SIGNALS = new Set(['credit', 'date', 'caption']);

/** Words a line opening with a dateline needs to be prose ("IRNA - Islamic Republic News Agency" is a credit, not a lead). */
const MIN_DATELINE_LEAD_WORDS = 8;

function isProse(line: TextLine): boolean {
  if (line.blank || line.role !== 'unknown') return false;
  return isParagraphLike(line.text) || (hasDateline(line.text) && wordCount(line.text) >= MIN_DATELINE_LEAD_WORDS);
}

/** Where the header may end: before the second prose line (one prose-like banner can precede the real header). */
export function headerZoneEnd(lines: TextLine[]): number {
  const prose = lines.flatMap((line, index) => (isProse(line) ? [index] : []));
  return prose[1] ?? lines.length;
}

/**
 * The body starts at the first prose line (or dateline) after the header's
 * credit, date and caption lines: a banner that happens to read like a
 * sentence ("Make a donation today!") stands above them, the article below.
 */
export function findBodyStart(lines: TextLine[]): number {
  const zoneEnd = headerZoneEnd(lines);
  let lastSignal = -1;
  for (let i = 0; i < zoneEnd; i += 1) if (HEADER_SIGNALS.has(lines[i]?.role ?? '')) lastSignal = i;
  const start = lines.findIndex((line, index) => index > lastSignal && isProse(line));
  if (start !== -1) return start;
  // No line reads as prose (short unpunctuated lines, scripts without sentence marks): the body is what follows the
  // header, after a headline-like first line when more lines follow it.
  const rest = lines.flatMap((line, index) => (index > lastSignal && !line.blank && line.role === 'unknown' ? [index] : []));
  if (rest.length === 0) return lines.length;
  const first = rest[0] as number;
  return rest.length > 1 && isHeadlineLike(lines[first]?.text ?? '') ? (rest[1] as number) : first;
}

/** Words an unlabelled line between the header's date/credit lines and the body needs to be taken for a photo caption. */
const MIN_CAPTION_WORDS = 6;
const TITLE_SIGNALS = new Set(['credit', 'date', 'caption', 'byline']);

/**
 * Reads the lines above the body. The headline stands above the header's
 * credit, date, byline and caption lines (nearest them wins: banners and
 * section labels come first on a page); an earlier identical line makes the
 * later one a repeated headline. An unlabelled sentence between those lines
 * and the body is a photo caption; every other line there is chrome.
 */
export function markHeader(lines: TextLine[]): HeaderResult {
  const bodyStart = findBodyStart(lines);
  const header = lines.slice(0, bodyStart).filter((line) => !line.blank);
  const firstSignal = header.findIndex((line) => TITLE_SIGNALS.has(line.role));
  const lastSignal = header.reduce((last, line, index) => (TITLE_SIGNALS.has(line.role) ? index : last), -1);
  const titleZone = (firstSignal === -1 ? header : header.slice(0, firstSignal)).filter((line) => line.role === 'unknown');

  const firstNonBlankLine = lines.find((line) => !line.blank);
  // Some sites put the date above the headline ("تاریخ انتشار: …", kicker, headline): when nothing but the page's
  // first line (its masthead or banner) stands above the date, the headline is the one nearest the body below it.
  const aboveSignals = titleZone.filter((line) => line !== firstNonBlankLine && isHeadlineLike(line.text));
  const belowSignals = firstSignal === -1 ? [] : header.slice(firstSignal + 1).filter((line) => line.role === 'unknown' && isHeadlineLike(line.text));
  const fromBelow = aboveSignals.length === 0 && belowSignals.length > 0 && titleZone.length <= 1;
  let title = (fromBelow ? belowSignals.at(-1) : [...titleZone].reverse().find((line) => isHeadlineLike(line.text))) ?? null;
  if (title) {
    const first = titleZone.find((line) => line.text === title?.text);
    if (first && first !== title) {
      assign(title, 'boilerplate', 'repeated headline');
      title = first;
    }
    assign(title, 'title', 'headline');
  }
  const firstNonBlank = lines.find((line) => !line.blank);
  header.forEach((line, index) => {
    if (line.role !== 'unknown') return;
    if (title && line.text === title.text) assign(line, 'boilerplate', 'repeated headline');
    else if (index > lastSignal && lastSignal !== -1 && wordCount(line.text) >= MIN_CAPTION_WORDS) assign(line, 'caption', 'photo caption (between header and body)');
    else assign(line, 'boilerplate', line === firstNonBlank ? 'site banner' : 'section label');
  });
  return { bodyStart, title };
}
