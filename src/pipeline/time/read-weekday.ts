/**
 * Weekdays counted from publication: "on Saturday", «в прошлую субботу», "الثلاثاء الماضي", "salı günü",
 * "am vergangenen Samstag". CLDR names come through the date readers; case forms CLDR lacks
 * («субботу») from the pack's `time.weekdayForms`.
 */
import { readWeekday } from '../dates/readers.js';
import type { Piece, WeekdayDirection } from './pieces.js';
import { endsSentence, readKind } from './time-context.js';
import type { TimeContext } from './time-context.js';

/** How far from a weekday a "will" or "خواهد" may stand and still make it a day ahead. */
const FUTURE_CUE_WINDOW = 6;

/** A full weekday name of the article's language at token `i` (not an abbreviation: "Sat", "mar" are words too). */
export function readWeekdayName(ctx: TimeContext, i: number): { weekday: number; next: number } | null {
  if (ctx.covered[i] || !ctx.language) return null;
  const form = readKind(ctx, i, 'weekday');
  const name = ctx.tokens[i]?.kind === 'word' ? readWeekday(ctx.dates, i) : null;
  // The date reader takes the dot after an abbreviation; after a full name it ends the sentence.
  const cldr = name && !name.abbreviated && name.languages.includes(ctx.language) ? { weekday: name.value, next: ctx.tokens[name.next - 1]!.kind === 'punct' ? name.next - 1 : name.next } : null;
  if (form && (!cldr || form.next >= cldr.next)) return { weekday: form.meaning.weekday, next: form.next };
  return cldr && ![...Array(cldr.next - i).keys()].some((k) => ctx.covered[i + k]) ? cldr : null;
}

function readDirectionMarker(ctx: TimeContext, i: number, position: 'before' | 'after'): { direction: WeekdayDirection; next: number } | null {
  const last = readKind(ctx, i, 'last', position);
  const next = readKind(ctx, i, 'next', position);
  if (last && (!next || last.next >= next.next)) return { direction: 'last', next: last.next };
  return next ? { direction: 'next', next: next.next } : null;
}

/** Whether a future cue stands within a few tokens of the weekday, in the same sentence. */
function futureCued(ctx: TimeContext, start: number, end: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - FUTURE_CUE_WINDOW) && !endsSentence(ctx, k); k -= 1) {
    const cue = readKind(ctx, k, 'futureCue', 'before');
    if (cue && cue.next <= start) return true;
  }
  for (let k = end; k < Math.min(ctx.tokens.length, end + FUTURE_CUE_WINDOW) && !endsSentence(ctx, k); k += 1) {
    if (readKind(ctx, k, 'futureCue', 'after')) return true;
  }
  return false;
}

/** [cue] [last|next] WEEKDAY [last|next] [cue]; a bare name only where the language allows it. */
export function readWeekdayPiece(ctx: TimeContext, i: number): Piece | null {
  const cueBefore = readKind(ctx, i, 'weekdayCue', 'before', true);
  let at = cueBefore?.next ?? i;
  const markerBefore = readDirectionMarker(ctx, at, 'before');
  at = markerBefore?.next ?? at;
  const name = readWeekdayName(ctx, at);
  if (!name) return null;
  const markerAfter = markerBefore ? null : readDirectionMarker(ctx, name.next, 'after');
  const afterMarker = markerAfter?.next ?? name.next;
  const cueAfter = readKind(ctx, afterMarker, 'weekdayCue', 'after');
  const marker = markerBefore ?? markerAfter;
  if (!ctx.vocabulary.bareWeekdays && !cueBefore && !cueAfter && !marker) return null;
  const end = cueAfter?.next ?? afterMarker;
  const direction: WeekdayDirection = marker?.direction ?? (futureCued(ctx, i, end) ? 'future' : 'past');
  return { type: 'weekday', weekday: name.weekday, direction, start: i, end };
}
