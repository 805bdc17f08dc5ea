/**
 * Ranges: "between 1988 and 1994", "(1988-1994)", "from 5 to 7 October", «с 1988 по 1994 год»,
 * "بين عامي 1988 و1994", "1988 ile 1994 yılları arasında", "از ۵ تا ۷ مهر". A joining word such as "and"
 * makes a range only after an opener or before a closer: "in 1988 and 1994" are two years.
 */
import { DASHES, isPunct, standsAlone } from '../dates/readers.js';
import type { Piece, RangeEnd } from './pieces.js';
import { readYearAt } from './read-year.js';
import { readKind } from './time-context.js';
import type { TimeContext } from './time-context.js';

/** Longest span a range of years may have; "between 1800 and 2000 people" is a count. */
const MAX_YEAR_SPAN = 100;

interface EndRead {
  readonly end: RangeEnd;
  readonly start: number;
  readonly next: number;
}

function endAt(ctx: TimeContext, i: number, dates: ReadonlyMap<number, Piece>): EndRead | null {
  const piece = dates.get(i);
  if (piece) return { end: piece, start: i, next: piece.end };
  if (ctx.covered[i]) return null;
  const year = readYearAt(ctx, i);
  if (year) return { end: { type: 'year', year: year.year, calendar: year.calendar, start: year.start, end: year.next }, start: i, next: year.next };
  const token = ctx.tokens[i];
  if (!token || token.kind !== 'num' || token.text.length > 2 || !standsAlone(ctx.tokens, i)) return null;
  const day = Number(token.text);
  if (day < 1 || day > 31) return null;
  // "vom 5. bis 7. Oktober": the ordinal dot belongs to the day.
  const next = isPunct(ctx.tokens[i + 1], '.') && !ctx.tokens[i + 1]!.spaced ? i + 2 : i + 1;
  return { end: { type: 'bareDay', day }, start: i, next };
}

function readJoiner(ctx: TimeContext, i: number): { paired: boolean; next: number } | null {
  const token = ctx.tokens[i];
  if (!token || token.newline || ctx.covered[i]) return null;
  if (isPunct(token, DASHES)) return { paired: false, next: i + 1 };
  const joiner = readKind(ctx, i, 'rangeJoiner');
  if (joiner) return { paired: false, next: joiner.next };
  const pair = readKind(ctx, i, 'pairJoiner');
  return pair ? { paired: true, next: pair.next } : null;
}

const yearOf = (end: RangeEnd): number | null => (end.type === 'year' ? end.year : null);
const dayOf = (end: RangeEnd): number | null => (end.type === 'date' && end.mention.precision === 'day' ? (end.mention.day ?? end.mention.nativeDate?.day ?? null) : null);

/** Whether two ends make a range: years in order, or a day and a date of the same month, or two dates. */
function compatible(from: RangeEnd, to: RangeEnd): boolean {
  const fromYear = yearOf(from);
  const toYear = yearOf(to);
  if (fromYear !== null && toYear !== null) return toYear > fromYear && toYear - fromYear <= MAX_YEAR_SPAN;
  if (from.type === 'bareDay') return (dayOf(to) ?? 0) > from.day;
  if (to.type === 'bareDay') return dayOf(from) !== null && to.day > dayOf(from)!;
  return from.type === 'date' && to.type === 'date' && from.mention.hour === null && to.mention.hour === null;
}

/** [opener] END joiner END [closer]; `dates` holds the date pieces by their first token. */
export function readRangePiece(ctx: TimeContext, i: number, dates: ReadonlyMap<number, Piece>): Piece | null {
  const opener = dates.has(i) ? null : readKind(ctx, i, 'rangeOpener');
  const from = endAt(ctx, opener?.next ?? i, dates);
  if (!from) return null;
  const joiner = readJoiner(ctx, from.next);
  if (!joiner) return null;
  const to = endAt(ctx, joiner.next, dates);
  if (!to || ctx.tokens[joiner.next]?.newline || !compatible(from.end, to.end)) return null;
  const closer = readKind(ctx, to.next, 'rangeCloser');
  if (joiner.paired && !opener && !closer) return null;
  // A bare number on its own is no range end: "5 - 7" needs a date on one side, "1988-1994" two years.
  if (from.end.type === 'bareDay' && to.end.type === 'bareDay') return null;
  return { type: 'range', from: from.end, to: to.end, start: opener ? i : from.start, end: closer?.next ?? to.next };
}
