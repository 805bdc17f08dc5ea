/** Turns a piece into a time expression: its kind, granularity, value and span. */
import type { TimeVocabulary } from '../../lang/types.js';
import { islamicToGregorian } from '../dates/calendars.js';
import { formatDay, formatYear, fromEpochDay, persianOf, persianYearBounds, toEpochDay } from './calendar-math.js';
import type { Piece, RangeEnd } from './pieces.js';
import type { PublicationReference } from './published-reference.js';
import { resolveDate, unknown } from './resolve-date.js';
import type { Resolution } from './resolve-date.js';
import { resolveCount, resolveDayOffset, resolvePeriod, resolveWeekday } from './resolve-relative.js';
import type { TimeExpression } from './types.js';

export interface ResolveContext {
  readonly reference: PublicationReference | null;
  readonly vocabulary: TimeVocabulary;
}

function resolveYear(year: number, calendar: 'gregory' | 'persian' | 'islamic'): Resolution {
  if (calendar === 'gregory') return { granularity: 'year', value: formatYear(year) };
  if (calendar === 'persian') {
    const bounds = persianYearBounds(year);
    return { granularity: 'range', value: formatDay(bounds.first), endValue: formatDay(bounds.last) };
  }
  const first = islamicToGregorian({ year, month: 1, day: 1 });
  const next = islamicToGregorian({ year: year + 1, month: 1, day: 1 });
  if (!first || !next) return unknown('range', 'impossible-date');
  return { granularity: 'range', value: formatDay(toEpochDay(first)), endValue: formatDay(toEpochDay(next) - 1) };
}

function resolveSingle(piece: Piece, context: ResolveContext): Resolution {
  const { reference, vocabulary } = context;
  switch (piece.type) {
    case 'date':
      return resolveDate(piece.mention, reference, piece.endDay, piece.clock, piece.direction);
    case 'impossibleDate':
      return unknown('day', 'impossible-date');
    case 'year':
      return resolveYear(piece.year, piece.calendar);
    case 'dayOffset':
      return resolveDayOffset(reference, piece.offset, piece.weekday, piece.clock);
    case 'weekday':
      return resolveWeekday(reference, piece.weekday, piece.direction, piece.clock);
    case 'period':
      return resolvePeriod(reference, piece.unit, piece.offset, vocabulary);
    case 'count':
      return resolveCount(reference, piece.unit, piece.count, piece.direction, vocabulary);
    case 'range':
      return resolveRange(piece.from, piece.to, context);
  }
}

/** A bare day at the other end's month: "5" in "from 5 to 7 October" is 5 October, in any calendar. */
function dayInMonthOf(other: Extract<RangeEnd, { type: 'date' }>, otherValue: string | null, day: number): string | null {
  if (otherValue === null) return null;
  const written = other.mention.nativeDate?.day ?? other.mention.day;
  if (written === null) return null;
  const [year, month, otherDay] = otherValue.slice(0, 10).split('-').map(Number) as [number, number, number];
  const epochDay = toEpochDay({ year, month, day: otherDay }) + day - written;
  const sameMonth = other.mention.calendar === 'persian' ? persianOf(epochDay).day === day : other.mention.calendar === 'islamic' || fromEpochDay(epochDay).day === day;
  return sameMonth ? formatDay(epochDay) : null;
}

function resolveRange(from: RangeEnd, to: RangeEnd, context: ResolveContext): Resolution {
  const fromResolution = from.type === 'bareDay' ? null : resolveSingle(from, context);
  const toResolution = to.type === 'bareDay' ? null : resolveSingle(to, context);
  const first = from.type === 'bareDay' ? (to.type === 'date' ? dayInMonthOf(to, toResolution!.value, from.day) : null) : fromResolution!.value;
  const last = to.type === 'bareDay' ? (from.type === 'date' ? dayInMonthOf(from, fromResolution!.endValue ?? fromResolution!.value, to.day) : null) : (toResolution!.endValue ?? toResolution!.value);
  if (first === null) return { granularity: 'range', value: null, endValue: last, reason: fromResolution?.reason ?? toResolution?.reason ?? 'impossible-date' };
  return { granularity: 'range', value: first, endValue: last };
}

const KIND: Readonly<Record<Piece['type'], TimeExpression['kind'] | null>> = {
  date: null,
  impossibleDate: null,
  year: 'year',
  dayOffset: 'relative',
  weekday: 'relative',
  period: 'relative',
  count: 'relative',
  range: 'range',
};

function kindOf(piece: Piece): TimeExpression['kind'] {
  if (piece.type === 'date') return piece.endDay !== undefined ? 'range' : piece.mention.year === null && piece.mention.nativeDate?.year == null ? 'partial' : 'absolute';
  if (piece.type === 'impossibleDate') return piece.withYear ? 'absolute' : 'partial';
  return KIND[piece.type]!;
}

/** The expression for `piece`, its span in characters of `text`. */
export function resolvePiece(piece: Piece, text: string, tokens: readonly { start: number; end: number }[], context: ResolveContext): TimeExpression {
  const start = tokens[piece.start]!.start;
  const end = tokens[piece.end - 1]!.end;
  const resolution = resolveSingle(piece, context);
  const expression: TimeExpression = { text: text.slice(start, end), start, end, kind: kindOf(piece), granularity: resolution.granularity, value: resolution.value };
  return {
    ...expression,
    ...(resolution.endValue !== undefined ? { endValue: resolution.endValue } : {}),
    ...(resolution.reason !== undefined && resolution.value === null ? { reason: resolution.reason } : {}),
  };
}
