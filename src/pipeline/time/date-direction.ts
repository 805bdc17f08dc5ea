/**
 * A year-less date marked as past or ahead: "27 سبتمبر الماضي", "15 يناير المقبل", "le 3 mars dernier",
 * "el pasado 27 de septiembre". The marker joins the span and decides the year: the last such day before
 * publication, or the first after it.
 */
import type { Piece } from './pieces.js';
import { readKind } from './time-context.js';
import type { TimeContext } from './time-context.js';

type Direction = 'last' | 'next';

function markerAfter(ctx: TimeContext, i: number): { direction: Direction; next: number } | null {
  for (const direction of ['last', 'next'] as const) {
    const marker = readKind(ctx, i, direction, 'after');
    if (marker) return { direction, next: marker.next };
  }
  return null;
}

/** A marker written before the date and ending right at it ("el pasado", "lo scorso"). */
function markerBefore(ctx: TimeContext, start: number): { direction: Direction; start: number } | null {
  for (let k = Math.max(0, start - ctx.lexicon.maxTokens); k < start; k += 1) {
    for (const direction of ['last', 'next'] as const) {
      if (readKind(ctx, k, direction, 'before')?.next === start) return { direction, start: k };
    }
  }
  return null;
}

/** The date piece with its direction marker, or the piece itself. */
export function withDateDirection(ctx: TimeContext, piece: Piece): Piece {
  if (piece.type !== 'date' || piece.mention.year !== null || piece.mention.precision !== 'day' || piece.endDay !== undefined) return piece;
  const after = markerAfter(ctx, piece.end);
  if (after) {
    ctx.covered.fill(1, piece.end, after.next);
    return { ...piece, direction: after.direction, end: after.next };
  }
  const before = markerBefore(ctx, piece.start);
  if (!before) return piece;
  ctx.covered.fill(1, before.start, piece.start);
  return { ...piece, direction: before.direction, start: before.start };
}
