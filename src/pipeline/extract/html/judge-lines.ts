/**
 * Rules on single lines of the article, independent of markup: a bare URL, a
 * copyright line, the headline repeated; and at the edges of the article only,
 * a dateline-only line ("Posted on 12.03.2019 14:05") or an author's contact
 * line (e-mail, @handle, URL).
 */

/** Lines longer than this are prose, whatever they contain (Zyte benchmark). */
const MAX_META_CHARS = 120;
/** Contact lines ("Write to … at …@…") are a sentence or two at most (Zyte benchmark). */
const MAX_CONTACT_CHARS = 300;
/** Edge rules stop at the first line at least this long: the article proper has started (Zyte benchmark). */
const PROSE_CHARS = 150;

const BARE_URL = /^(https?:\/\/|www\.)\S+$/i;
const COPYRIGHT = /©|ⓒ|\(c\)\s*\d{4}|copyright/i;
/** A year (Gregorian 18xx–20xx, Solar or lunar Hijri 13xx–14xx), a clock time, or a numeric date. */
const DATE_OR_TIME = /(^|\D)(1[3-9]|20)\d{2}(\D|$)|\d{1,2}:\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/;
const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|(^|\s)@\w{2,}|https?:\/\/\S+/;

/** Zero code points of the decimal digit sets used in dates besides ASCII: Arabic-Indic, Persian, Devanagari, Bengali, fullwidth. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];

/** Rewrites non-ASCII decimal digits ("۱۴۰۲/۰۸/۱۵") as ASCII so one date pattern serves every script. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9) ?? code;
    return String(code - zero);
  });
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Returns the test for lines that are not article text wherever they appear:
 * a bare URL, a copyright line, the headline repeated.
 */
export function lineJudge(title: string | null): (text: string) => string | null {
  const headline = title ? comparable(title) : '';
  const maxHeadlineChars = (title?.length ?? 0) * 1.2;
  return (text) => {
    if (BARE_URL.test(text)) return 'url';
    if (text.length <= MAX_META_CHARS && COPYRIGHT.test(text)) return 'copyright';
    if (headline && text.length <= maxHeadlineChars && comparable(text) === headline) return 'title';
    return null;
  };
}

/** A dateline-only line has a date and only a few words ("Posted on 27 October 2015 by Admin") (Zyte benchmark). */
const MAX_DATELINE_WORDS = 6;
const WORD = /\p{L}{2,}/gu;

function isDatelineOnly(text: string): boolean {
  if (text.length > MAX_META_CHARS || text.includes('@') || !DATE_OR_TIME.test(asciiDigits(text))) return false;
  return (text.match(WORD)?.length ?? 0) <= MAX_DATELINE_WORDS;
}

/** Why a line at the start or end of the article is page furniture, or null. */
function edgeReason(text: string, atEnd: boolean): string | null {
  if (isDatelineOnly(text)) return 'byline or meta';
  if (atEnd && text.length <= MAX_CONTACT_CHARS && CONTACT.test(text)) return 'author contact';
  return null;
}

/** A kept line, as the edge trimming sees it. */
export interface KeptLine {
  text: string;
  fate: string;
  /** The line is a heading (<h1>–<h6>). */
  heading?: boolean;
}

/**
 * Drops furniture lines at both edges of the article: from the start until
 * the first long line, and from the end back to the last long line. At the
 * very end, a heading whose section was dropped as chrome ("Most read") goes
 * too. (A line ending with a colon is kept: what it announces is often an
 * embedded post the page loads later.)
 */
export function trimEdges(lines: KeptLine[]): void {
  const kept = lines.filter((line) => line.fate === 'article');
  for (const line of kept) {
    if (line.text.length >= PROSE_CHARS) break;
    line.fate = edgeReason(line.text, false) ?? line.fate;
  }
  let atTail = true;
  for (let i = kept.length - 1; i >= 0; i--) {
    const line = kept[i] as KeptLine;
    if (line.text.length >= PROSE_CHARS) break;
    const reason = edgeReason(line.text, true) ?? (atTail && line.heading ? 'dangling heading' : null);
    if (reason) line.fate = reason;
    else atTail = false;
  }
}
