/**
 * Noon and midnight written beside a day: "noon on October 10", "samedi à midi", "ظهر اليوم",
 * «с полудня 10 октября». The day becomes an instant and the span takes in the clock word.
 */
import type { Piece } from './pieces.js';
import { readKind } from './time-context.js';
import type { TimeContext } from './time-context.js';

/** How many tokens before a day a clock word and its connector may start. */
const LOOK_BACK = 4;

function readConnector(ctx: TimeContext, i: number): number | null {
  const cue = readKind(ctx, i, 'weekdayCue', 'before') ?? readKind(ctx, i, 'timeConnector');
  return cue?.next ?? null;
}

/** A day-level piece: a date without a time, a relative day or a weekday. */
function isDay(piece: Piece): boolean {
  if (piece.type === 'date') return piece.mention.precision === 'day' && piece.endDay === undefined;
  return piece.type === 'dayOffset' || piece.type === 'weekday';
}

/** The piece with the clock word next to it, or the piece itself. */
export function attachClock(ctx: TimeContext, piece: Piece): Piece {
  if (!isDay(piece) || ctx.vocabulary.clockWords.length === 0) return piece;
  for (let k = Math.max(0, piece.start - LOOK_BACK); k < piece.start; k += 1) {
    const clock = readKind(ctx, k, 'clock');
    if (clock && (clock.next === piece.start || readConnector(ctx, clock.next) === piece.start)) {
      ctx.covered.fill(1, k, piece.start);
      return { ...piece, start: k, clock: clock.meaning };
    }
  }
  const connector = readConnector(ctx, piece.end);
  const clock = readKind(ctx, connector ?? piece.end, 'clock') ?? (connector ? readKind(ctx, piece.end, 'clock') : null);
  if (!clock) return piece;
  ctx.covered.fill(1, piece.end, clock.next);
  return { ...piece, end: clock.next, clock: clock.meaning };
}
