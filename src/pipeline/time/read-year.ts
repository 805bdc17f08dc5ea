/**
 * Years written on their own ("in 1988", «в 1988 году», "1988'de", "سال ۱۳۶۷", "1441 هـ"). A four-digit
 * number is only a year with a cue word or a year suffix: "2019 votes" is not a year.
 */
import type { CalendarSystem } from '../../lang/types.js';
import { YEAR_RANGE } from '../dates/calendars.js';
import { readYear } from '../dates/readers.js';
import type { Piece } from './pieces.js';
import { readKind, withoutSentenceDot } from './time-context.js';
import type { TimeContext } from './time-context.js';

/** Gregorian years taken from a cue word alone; "in 1500 villages" is a count. */
const CUED_GREGORIAN = { min: 1700, max: 2100 };
/** Solar Hijri years Iranian outlets write without a suffix ("سال ۱۳۶۷"); no Gregorian year in news falls here. */
const PERSIAN_UNMARKED = { min: 1200, max: 1499 };

/** The calendar of a year written without a suffix naming one. */
export function unmarkedYearCalendar(ctx: TimeContext, year: number): CalendarSystem | null {
  if (ctx.vocabulary.relativeCalendar === 'persian' && year >= PERSIAN_UNMARKED.min && year <= PERSIAN_UNMARKED.max) return 'persian';
  return year >= CUED_GREGORIAN.min && year <= CUED_GREGORIAN.max ? 'gregory' : null;
}

export interface YearAt {
  readonly year: number;
  readonly calendar: CalendarSystem;
  /** Whether a cue word or suffix makes it a year; a bare number may still end a range. */
  readonly marked: boolean;
  readonly start: number;
  readonly next: number;
}

/**
 * A year at token `i`, with its cue words. Languages that mark a year after it (Russian «году», Turkish
 * "yılında") need that mark; a word before it («в») only widens the span.
 */
export function readYearAt(ctx: TimeContext, i: number): YearAt | null {
  const cueBefore = readKind(ctx, i, 'yearCue', 'before');
  const at = cueBefore?.next ?? i;
  if (ctx.covered[at]) return null;
  const year = readYear(ctx.dates, at);
  if (!year || year.next <= at || [...Array(year.next - at).keys()].some((k) => ctx.covered[at + k])) return null;
  const cueAfter = readKind(ctx, year.next, 'yearCue', 'after');
  // A suffix such as «года» or "هـ" makes any year in its calendar's range a year; a cue word only a recent one.
  const suffixed = year.languages.length > 0;
  const calendar = year.calendar ?? (suffixed && !unmarkedYearCalendar(ctx, year.year) ? 'gregory' : unmarkedYearCalendar(ctx, year.year));
  if (!calendar || year.year < YEAR_RANGE[calendar].min || year.year > YEAR_RANGE[calendar].max) return null;
  const marksAfter = ctx.vocabulary.yearCues.after.length > 0;
  const marked = suffixed || cueAfter !== null || (cueBefore !== null && !marksAfter);
  if (!marked) return { year: year.year, calendar, marked, start: at, next: year.next };
  return { year: year.year, calendar, marked, start: cueBefore ? i : at, next: cueAfter?.next ?? withoutSentenceDot(ctx, at, year.next) };
}

/** A year piece at token `i`, or null when the number there is not marked as a year. */
export function readYearPiece(ctx: TimeContext, i: number): Piece | null {
  const found = readYearAt(ctx, i);
  if (!found || !found.marked) return null;
  return { type: 'year', year: found.year, calendar: found.calendar, start: found.start, end: found.next };
}
