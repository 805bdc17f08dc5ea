/**
 * Days and periods named by one phrase: "yesterday", "اليوم السبت" (today, Saturday), "امس الجمعة",
 * "the day before yesterday", "پارسال" (last year).
 */
import type { Piece } from './pieces.js';
import { readKind } from './time-context.js';
import type { TimeContext } from './time-context.js';
import { readWeekdayName } from './read-weekday.js';

/** A relative day word, with a weekday written right after it (Arabic writes both: "امس الجمعة"). */
export function readDayOffset(ctx: TimeContext, i: number): Piece | null {
  const word = readKind(ctx, i, 'dayOffset', undefined, true);
  if (!word) return null;
  const weekday = readWeekdayName(ctx, word.next);
  if (weekday) return { type: 'dayOffset', offset: word.meaning.offset, weekday: weekday.weekday, start: i, end: weekday.next };
  return { type: 'dayOffset', offset: word.meaning.offset, weekday: null, start: i, end: word.next };
}

/** One word for a whole period ("پارسال", "haftaya", "ce mois-ci"). */
export function readPeriodWord(ctx: TimeContext, i: number): Piece | null {
  const word = readKind(ctx, i, 'period');
  return word ? { type: 'period', unit: word.meaning.unit, offset: word.meaning.offset, start: i, end: word.next } : null;
}
