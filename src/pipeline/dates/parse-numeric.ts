/**
 * Numeric dates: "2020-10-10", "10.10.2020", "10/10/2020" (day first unless
 * told otherwise or impossible), and Solar Hijri "1399/07/19".
 */
import type { CalendarSystem } from '../../lang/types.js';
import type { CoreOptions, CoreParser, DateCore } from './date-core.js';
import { isPunct, readMeaning } from './readers.js';
import type { ReadContext } from './readers.js';
import type { Token } from './tokenize.js';

const SEPARATORS = new Set(['-', '/', '.']);

/** Three numbers joined by one separator with no spaces: [a, b, c] and the index after. */
function readTriple(ctx: ReadContext, i: number): { parts: [Token, Token, Token]; next: number } | null {
  const { tokens } = ctx;
  const [a, s1, b, s2, c] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (!a || !s1 || !b || !s2 || !c) return null;
  if (a.kind !== 'num' || b.kind !== 'num' || c.kind !== 'num') return null;
  if (!isPunct(s1, SEPARATORS) || s1.text !== s2.text || [s1, b, s2, c].some((t) => t.spaced)) return null;
  // Part of a longer chain ("1.2.3.4", a version or an IP address) or glued to a number: not a date.
  const before = tokens[i - 1];
  if (before && !a.spaced && (before.kind === 'num' || (isPunct(before, SEPARATORS) && tokens[i - 2]?.kind === 'num'))) return null;
  const after = tokens[i + 5];
  if (after && !after.spaced && isPunct(after, SEPARATORS) && tokens[i + 6]?.kind === 'num' && !tokens[i + 6]!.spaced) return null;
  return { parts: [a, b, c], next: i + 5 };
}

function calendarOfYear(year: number, options: CoreOptions): CalendarSystem | null {
  if (year >= 1900 && year <= 2100) return 'gregory';
  if (year >= 1300 && year < 1500) return options.hijriNumeric && year >= 1420 ? 'islamic' : 'persian';
  return null;
}

/** A calendar suffix after the date ("1442/02/23 هـ") overrides the guess from the year. */
function withSuffix(ctx: ReadContext, core: DateCore): DateCore {
  const token = ctx.tokens[core.next];
  if (!token || token.newline) return core;
  const suffix = readMeaning(ctx, core.next, 'yearSuffix');
  if (!suffix?.meaning.calendar) return core;
  let next = suffix.next;
  if (isPunct(ctx.tokens[next], '.') && !ctx.tokens[next]!.spaced) next += 1;
  return { ...core, calendar: suffix.meaning.calendar, next };
}

/** 2020-10-10, 2020/10/10, 2020.10.10, 1399/07/19. */
export const parseYearFirst: CoreParser = (ctx, i, options) => {
  const triple = readTriple(ctx, i);
  if (!triple) return null;
  const [y, m, d] = triple.parts;
  if (y.text.length !== 4 || m.text.length > 2 || d.text.length > 2) return null;
  const year = Number(y.text);
  const calendar = calendarOfYear(year, options);
  if (!calendar) return null;
  return withSuffix(ctx, { year, month: Number(m.text), day: Number(d.text), calendar, languages: [], next: triple.next });
};

/** 10.10.2020, 10/10/2020, 10-10-2020; 10/13/2020 is month first whatever the preference. */
export const parseYearLast: CoreParser = (ctx, i, options) => {
  const triple = readTriple(ctx, i);
  if (!triple) return null;
  const [p, q, y] = triple.parts;
  if (y.text.length !== 4 || p.text.length > 2 || q.text.length > 2) return null;
  const year = Number(y.text);
  const calendar = calendarOfYear(year, options);
  if (!calendar) return null;
  const [first, second] = [Number(p.text), Number(q.text)];
  // Dotted dates are day-first everywhere they are written (de, ru, tr, pl…).
  const dayFirst = first > 12 ? true : second > 12 ? false : ctx.tokens[i + 1]!.text === '.' ? true : options.dayFirst;
  const [day, month] = dayFirst ? [first, second] : [second, first];
  return withSuffix(ctx, { year, month, day, calendar, languages: [], next: triple.next });
};
