/**
 * Periods counted from publication: "two days ago", "il y a trois semaines", «через два дня», "قبل يومين",
 * "دو روز پیش", and whole periods before, after or at publication: "last week", «на прошлой неделе»,
 * "الشهر الماضي", "this year", "earlier this month".
 */
import { standsAlone } from '../dates/readers.js';
import type { Piece } from './pieces.js';
import { readKind } from './time-context.js';
import type { TimeContext } from './time-context.js';

/** Largest count written in digits that is read as a count of days, weeks, months or years ago. */
const MAX_DIGIT_COUNT = 999;

/** A count in words or digits; `count` null for a vague one ("a few", «несколько»). */
function readCount(ctx: TimeContext, i: number): { count: number | null; next: number } | null {
  const word = readKind(ctx, i, 'number');
  if (word) return { count: word.meaning.value, next: word.next };
  const token = ctx.tokens[i];
  if (!token || token.kind !== 'num' || ctx.covered[i] || !standsAlone(ctx.tokens, i)) return null;
  const count = Number(token.text);
  return count >= 1 && count <= MAX_DIGIT_COUNT ? { count, next: i + 1 } : null;
}

type Direction = -1 | 0 | 1;

function readCountMarker(ctx: TimeContext, i: number, position: 'before' | 'after'): { direction: Direction; next: number } | null {
  const found: [Direction, { next: number } | null][] = [
    [-1, readKind(ctx, i, 'ago', position)],
    [1, readKind(ctx, i, 'fromNow', position)],
    [0, readKind(ctx, i, 'anchored', position)],
  ];
  let best: { direction: Direction; next: number } | null = null;
  for (const [direction, read] of found) if (read && (!best || read.next > best.next)) best = { direction, next: read.next };
  return best;
}

/**
 * [ago|in] [count] UNIT [ago|later]: a count needs a marker, and a unit without a count needs a marker
 * that counts from publication ("год назад", "هفته پیش"), so "week after week" is not read.
 */
export function readCountPiece(ctx: TimeContext, i: number): Piece | null {
  const before = readCountMarker(ctx, i, 'before');
  let at = before?.next ?? i;
  const count = readCount(ctx, at);
  // The second word of a compound number ("خمسة عشر عاما", fifteen years) starts no count of its own.
  if (count && !before && at > 0 && readKind(ctx, at - 1, 'number')?.next === at) return null;
  at = count?.next ?? at;
  const unit = readKind(ctx, at, 'unit');
  if (!unit) return null;
  const after = readCountMarker(ctx, unit.next, 'after');
  if (!before && !after) return null;
  const written = count ? count.count : unit.meaning.count;
  if (!count && written === null && !before && after?.direction === 0) return null;
  // "قبل أسبوع من الانتخابات": a link after the unit ties the count to another event.
  const linked = before !== null && before.direction !== 0 && readKind(ctx, unit.next, 'anchorLink') !== null;
  // A marker after the unit that counts from another event ("two days later") wins over one before it.
  const direction: Direction = linked || after?.direction === 0 ? 0 : (before?.direction ?? after!.direction);
  // No count written: one unit when the unit is in its singular ("год назад"), unknown for a plural ("days ago").
  const resolvedCount = count ? count.count : (written ?? (unit.meaning.singular ? 1 : null));
  return { type: 'count', unit: unit.meaning.unit, count: resolvedCount, direction, start: i, end: after?.next ?? unit.next };
}

function readPeriodMarker(ctx: TimeContext, i: number, position: 'before' | 'after'): { offset: number; next: number } | null {
  let best: { offset: number; next: number } | null = null;
  for (const [offset, kind] of [[-1, 'last'], [1, 'next'], [0, 'current']] as const) {
    const read = readKind(ctx, i, kind, position);
    if (read && (!best || read.next > best.next)) best = { offset, next: read.next };
  }
  return best;
}

/** [last|next|this] UNIT [last|next|this], for weeks, months and years. */
export function readPeriodPiece(ctx: TimeContext, i: number): Piece | null {
  const before = readPeriodMarker(ctx, i, 'before');
  const unit = readKind(ctx, before?.next ?? i, 'unit');
  if (!unit || unit.meaning.unit === 'day' || unit.meaning.count !== null) return null;
  const after = readPeriodMarker(ctx, unit.next, 'after');
  const marker = before ?? after;
  if (!marker) return null;
  return { type: 'period', unit: unit.meaning.unit, offset: marker.offset, start: i, end: after?.next ?? unit.next };
}
