/**
 * Dates with a month name, in the orders outlets write them: "10 October 2020",
 * "10 de octubre de 2020", "Samstag, 10. Oktober", "October 10, 2020",
 * "Oct 10", "October 2020", "2020 թ. հոկտեմբերի 10".
 */
import type { CoreParser, DateCore } from './date-core.js';
import { DASHES, isPunct, readDay, readMeaning, readMonth, readYear } from './readers.js';
import type { NameRead, ReadContext } from './readers.js';

const COMMAS = new Set([',', '،']);

/** Skips the words allowed between date parts ("de", "of") and a comma, on one line. */
function skipConnectors(ctx: ReadContext, i: number, allowComma: boolean): number {
  let next = i;
  for (let n = 0; n < 2; n += 1) {
    const token = ctx.tokens[next];
    if (!token || token.newline) break;
    if (allowComma && isPunct(token, COMMAS)) next += 1;
    else if (token.kind === 'word' && readMeaning(ctx, next, 'connector')) next += 1;
    else break;
  }
  return next;
}

interface YearAfter {
  year: number;
  /** Languages of the year's suffix ("2020ء" is Urdu), empty without one. */
  languages: string[];
  next: number;
}

/** The year after a month ("October 2020", "octubre de 2020"), when it belongs to the month's calendar. */
function yearAfter(ctx: ReadContext, i: number, month: NameRead): YearAfter | null {
  const at = skipConnectors(ctx, i, true);
  if (ctx.tokens[at]?.newline) return null;
  const year = readYear(ctx, at);
  if (!year || (year.calendar && year.calendar !== month.calendar)) return null;
  return { year: year.year, languages: year.languages, next: year.next };
}

/** The second day of a range ("10–12 October", "October 10-12"): skipped, the mention is the first day. */
function skipRangeEnd(ctx: ReadContext, i: number, startDay: number): number {
  const dash = ctx.tokens[i];
  if (!dash || dash.newline || !isPunct(dash, DASHES)) return i;
  const end = readDay(ctx, i + 1);
  // "21 – 12 March" is a score or a list, not a range.
  return end && end.day > startDay && !ctx.tokens[i + 1]!.newline ? end.next : i;
}

/**
 * A year-less date with an abbreviated month must have the capital an
 * abbreviation has in running text ("Oct 10"), so "2 set" or "10 mar" in
 * another language's prose is not read as a date.
 */
function yearlessAllowed(month: NameRead): boolean {
  return !month.abbreviated || month.capitalized;
}

function core(month: NameRead, day: number | null, year: YearAfter | null, next: number): DateCore {
  const both = month.languages.filter((language) => year?.languages.includes(language));
  return { year: year?.year ?? null, month: month.value, day, calendar: month.calendar, languages: both.length ? both : month.languages, next: year?.next ?? next };
}

/** Day, month, year: "10 October 2020", "10. Oktober", "10 de octubre de 2020", "۱۹ مهر ۱۳۹۹". */
export const parseDayMonth: CoreParser = (ctx, i) => {
  const day = readDay(ctx, i);
  if (!day) return null;
  let at = day.next;
  if (isPunct(ctx.tokens[at], '.') && !ctx.tokens[at]!.spaced) at += 1;
  at = skipRangeEnd(ctx, at, day.day);
  at = skipConnectors(ctx, at, false);
  if (ctx.tokens[at]?.newline) return null;
  const month = readMonth(ctx, at);
  if (!month) return null;
  const year = yearAfter(ctx, month.next, month);
  if (!year && !yearlessAllowed(month)) return null;
  return core(month, day.day, year, month.next);
};

/** Month, day, year: "October 10, 2020", "Oct 10", "NOVEMBER 8", "հոկտեմբերի 10, 2020". */
export const parseMonthDay: CoreParser = (ctx, i) => {
  const month = readMonth(ctx, i);
  if (!month) return null;
  const dayAt = month.next;
  if (ctx.tokens[dayAt]?.newline) return null;
  const day = readDay(ctx, dayAt);
  if (!day) return null;
  const afterDay = skipRangeEnd(ctx, day.next, day.day);
  const year = yearAfter(ctx, afterDay, month);
  if (!year && !yearlessAllowed(month)) return null;
  return core(month, day.day, year, day.next);
};

/** Month and year only: "October 2020", "октябрь 2020 года", "مهر ۱۳۹۹". */
export const parseMonthYear: CoreParser = (ctx, i) => {
  const month = readMonth(ctx, i);
  if (!month || month.abbreviated) return null;
  const year = yearAfter(ctx, month.next, month);
  return year ? core(month, null, year, year.next) : null;
};

/** Year first, marked as a year: "2020 թ. հոկտեմբերի 10", "2020 yılı Ekim 10". */
export const parseYearMonthDay: CoreParser = (ctx, i) => {
  const year = readYear(ctx, i);
  if (!year || year.next === i + 1) return null;
  const month = readMonth(ctx, year.next);
  if (!month || ctx.tokens[year.next]!.newline || (year.calendar && year.calendar !== month.calendar)) return null;
  const day = readDay(ctx, month.next);
  if (!day || ctx.tokens[month.next]!.newline) return null;
  return { year: year.year, month: month.value, day: day.day, calendar: month.calendar, languages: month.languages, next: day.next };
};
