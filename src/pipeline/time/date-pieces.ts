/**
 * Dates from the date finder (src/pipeline/dates/) as pieces on the token stream, and the day-and-month
 * spans it declined because the day cannot exist ("31 February", "30 Esfand 1399"), so they can be
 * reported as unknown rather than dropped or misread.
 */
import type { CalendarSystem } from '../../lang/types.js';
import { dayCanExist, gregorianMonthLength, islamicToGregorian, persianToGregorian } from '../dates/calendars.js';
import { DASHES, isPunct, readDay, readMeaning, readMonth, readYear } from '../dates/readers.js';
import type { Token } from '../dates/tokenize.js';
import type { DateMention } from '../dates/types.js';
import type { Piece } from './pieces.js';
import { withoutSentenceDot } from './time-context.js';
import type { TimeContext } from './time-context.js';

/** First token at or after char offset `start`, from `from` on (tokens are in text order). */
function tokenAt(tokens: readonly Token[], start: number, from: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.start < start) i += 1;
  return i;
}

/** The last day of "10–12 October" or "October 10-12, 2020", read inside the mention's own tokens. */
function rangeEndDay(tokens: readonly Token[], start: number, end: number, day: number | null): number | undefined {
  if (day === null) return undefined;
  for (let k = start + 1; k + 1 < end; k += 1) {
    const before = tokens[k - 1]!;
    const after = tokens[k + 1]!;
    if (isPunct(tokens[k], DASHES) && before.kind === 'num' && Number(before.text) === day && after.kind === 'num') {
      const last = Number(after.text);
      if (last > day && last <= 31) return last;
    }
  }
  return undefined;
}

/** One piece per date mention, its tokens marked covered. */
export function datePieces(ctx: TimeContext, mentions: readonly DateMention[]): Piece[] {
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const mention of mentions) {
    const start = tokenAt(ctx.tokens, mention.start, cursor);
    const end = tokenAt(ctx.tokens, mention.end, start);
    cursor = end;
    if (end <= start) continue;
    ctx.covered.fill(1, start, end);
    const endDay = rangeEndDay(ctx.tokens, start, end, mention.day ?? mention.nativeDate?.day ?? null);
    pieces.push(endDay === undefined ? { type: 'date', mention, start, end } : { type: 'date', mention, endDay, start, end });
  }
  return pieces;
}

/** Skips a word written between date parts ("31 de febrero de 2022"). */
function skipConnector(ctx: TimeContext, i: number): number {
  const token = ctx.tokens[i];
  return token?.kind === 'word' && readMeaning(ctx.dates, i, 'connector') ? i + 1 : i;
}

function dayExists(calendar: CalendarSystem, month: number, day: number, year: number | null): boolean {
  if (year === null) return dayCanExist(calendar, month, day);
  if (calendar === 'gregory') return day <= gregorianMonthLength(year, month);
  return (calendar === 'persian' ? persianToGregorian : islamicToGregorian)({ year, month, day }) !== null;
}

/** The day and month at `i` in either order, when that day cannot exist in that month (and year, when written). */
function impossibleAt(ctx: TimeContext, i: number): { next: number; withYear: boolean } | null {
  const dates = ctx.dates;
  const dayFirst = readDay(dates, i);
  const monthAt = dayFirst ? skipConnector(ctx, isPunct(ctx.tokens[dayFirst.next], '.') ? dayFirst.next + 1 : dayFirst.next) : i;
  const month = readMonth(dates, monthAt);
  // Only names written as full words or capitalised abbreviations: "31 mar" in Spanish prose is no date.
  if (!month || (month.abbreviated && !month.capitalized) || !month.languages.includes(ctx.language ?? month.languages[0]!)) return null;
  const day = dayFirst ?? readDay(dates, month.next);
  if (!day) return null;
  const afterDay = dayFirst ? month.next : day.next;
  const year = readYear(dates, skipConnector(ctx, afterDay));
  const yearValue = year && (year.calendar ?? month.calendar) === month.calendar ? year.year : null;
  return dayExists(month.calendar, month.value, day.day, yearValue) ? null : { next: year ? withoutSentenceDot(ctx, i, year.next) : afterDay, withYear: year !== null };
}

/** Impossible day-and-month spans outside every date already read. */
export function impossibleDatePieces(ctx: TimeContext): Piece[] {
  const pieces: Piece[] = [];
  for (let i = 0; i < ctx.tokens.length; i += 1) {
    const token = ctx.tokens[i]!;
    if (ctx.covered[i] || token.kind === 'punct' || (token.kind === 'word' && !ctx.dates.lexicon.entries.has(token.text) && !ctx.dates.lexicon.phraseStarts.has(token.text))) continue;
    const found = impossibleAt(ctx, i);
    if (found === null || ctx.covered.subarray(i, found.next).some((flag) => flag === 1)) continue;
    ctx.covered.fill(1, i, found.next);
    pieces.push({ type: 'impossibleDate', withYear: found.withYear, start: i, end: found.next });
    i = found.next - 1;
  }
  return pieces;
}
