/**
 * Finds the dates written in article text, in any language with a pack and in
 * the Gregorian, Solar Hijri and Hijri calendars. A list of small readers over
 * one token stream: an optional weekday, one date shape (numeric or with a
 * month name), then an optional weekday and time. Conservative: numbers that
 * are not clearly dates ("1,000 people", "35,000") and impossible dates are skipped.
 */
import { getLanguagePack } from '../../lang/registry.js';
import { buildMention } from './build-mention.js';
import type { CoreOptions, CoreParser, DateCore } from './date-core.js';
import { dateLexicon } from './date-lexicon.js';
import { parseDayMonth, parseMonthDay, parseMonthYear, parseYearMonthDay } from './parse-named.js';
import { parseYearFirst, parseYearLast } from './parse-numeric.js';
import { readTime } from './parse-time.js';
import { readBareYear } from './read-bare-year.js';
import { isPunct, readWeekday, skipJoiners } from './readers.js';
import type { NameRead, ReadContext } from './readers.js';
import { tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';
import type { DateMention, FindDatesOptions } from './types.js';

/** Tried in this order at each token; the first that reads a date wins. */
const CORE_PARSERS: readonly CoreParser[] = [parseYearFirst, parseYearLast, parseDayMonth, parseMonthDay, parseMonthYear, parseYearMonthDay];
/** Between a weekday and its date: "Sat, 10 Oct", "Wed / 7 October", "السبت ١٠". */
const WEEKDAY_JOINERS = new Set([',', '،', '/', '|', '-', '–', '—']);

function readCore(ctx: ReadContext, i: number, options: CoreOptions): DateCore | null {
  for (const parser of CORE_PARSERS) {
    const core = parser(ctx, i, options);
    if (core) return core;
  }
  return null;
}

/** A weekday written after the date: "10 Ekim 2020 Cumartesi", "October 10, Saturday". */
function trailingWeekday(ctx: ReadContext, i: number): NameRead | null {
  const at = isPunct(ctx.tokens[i], WEEKDAY_JOINERS) ? i + 1 : i;
  const token = ctx.tokens[at];
  return token && !token.newline ? readWeekday(ctx, at) : null;
}

function coreOptions(options: FindDatesOptions): CoreOptions {
  const first = options.languages?.[0];
  const usEnglish = first?.toLowerCase().replace('_', '-') === 'en-us';
  const dayFirst = options.preferDayFirst ?? (usEnglish ? false : (getLanguagePack(first)?.dates.dayFirst ?? true));
  return { dayFirst, hijriNumeric: getLanguagePack(first)?.code === 'ar' };
}

function rankFunction(options: FindDatesOptions): (language: string | null) => number {
  const preferred = (options.languages ?? []).map((tag) => getLanguagePack(tag)?.code).filter(Boolean);
  return (language) => {
    const index = language === null ? -1 : preferred.indexOf(language);
    return index >= 0 ? index : preferred.length;
  };
}

/**
 * Every date mention in `text`, in order, without overlaps.
 * @example
 * findDates('السبت ١٠ أكتوبر ٢٠٢٠ - ٠٤:٢٠ بتوقيت غرينتش')[0]
 * // { year: 2020, month: 10, day: 10, hour: 4, minute: 20, timezone: 'Z', weekday: 6, language: 'ar', … }
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  return findDatesInTokens(text, tokenize(text), options);
}

/** `findDates` over the tokens of `text` the caller already has (`tokenize(text)`), so they are not made twice. */
export function findDatesInTokens(text: string, tokens: readonly Token[], options: FindDatesOptions = {}): DateMention[] {
  const ctx: ReadContext = { text, tokens, lexicon: dateLexicon(), rank: rankFunction(options) };
  const core = coreOptions(options);
  const mentions: DateMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const found = readMentionAt(ctx, i, core, options);
    if (found) {
      if (found.mention) mentions.push(found.mention);
      i = found.next;
    } else i += 1;
  }
  return mentions;
}

function readMentionAt(ctx: ReadContext, i: number, options: CoreOptions, find: FindDatesOptions): { mention: DateMention | null; next: number } | null {
  const { tokens } = ctx;
  const token = tokens[i]!;
  if (token.kind === 'punct') return null;
  let weekday: NameRead | null = token.kind === 'word' ? readWeekday(ctx, i) : null;
  let coreAt = weekday ? skipJoiners(ctx, weekday.next, WEEKDAY_JOINERS, null) : i;
  if (weekday && tokens[coreAt]?.newline) weekday = null;
  let core = readCore(ctx, weekday ? coreAt : i, options);
  if (!core && weekday) {
    weekday = null;
    coreAt = i;
    core = readCore(ctx, i, options);
  }
  if (!core) {
    const bare = find.includeBareYears ? readBareYear(ctx, i) : null;
    return bare ? { mention: buildMention(ctx.text, { core: bare, time: null, weekday: null, start: token.start, end: tokens[bare.next - 1]!.end }), next: bare.next } : null;
  }
  let next = core.next;
  if (!weekday && core.day !== null) {
    const after = trailingWeekday(ctx, next);
    if (after) {
      weekday = after;
      next = after.next;
    }
  }
  const time = core.day !== null ? readTime(ctx, next) : null;
  if (time) next = time.next;
  const end = tokens[next - 1]!.end;
  const weekdayPart = weekday ? { value: weekday.value, languages: weekday.languages } : null;
  // An impossible date still consumes its tokens, so "31 February 2020" does not yield "February 2020".
  return { mention: buildMention(ctx.text, { core, time, weekday: weekdayPart, start: token.start, end }), next };
}
