/**
 * What the time readers find, before it is resolved against the publication date. Token indexes, not
 * char offsets: `start` is the first token, `end` the token after the last.
 */
import type { CalendarSystem, TimeUnit } from '../../lang/types.js';
import type { DateMention } from '../dates/types.js';

/** Which occurrence of a weekday is meant, seen from publication. */
export type WeekdayDirection =
  /** The most recent on or before publication (a bare weekday in a report). */
  | 'past'
  /** The most recent strictly before publication ("last Tuesday", "الثلاثاء الماضي"). */
  | 'last'
  /** The first strictly after publication ("next Monday"). */
  | 'next'
  /** The first on or after publication (a bare weekday after "will"). */
  | 'future';

export type PieceBody =
  /**
   * A date the date finder read; `endDay` when it is a range within one month ("10–12 October");
   * `direction` when a year-less date is marked as past or ahead ("27 سبتمبر الماضي", "le 15 janvier prochain").
   */
  | { readonly type: 'date'; readonly mention: DateMention; readonly endDay?: number; readonly direction?: 'last' | 'next' }
  /** A day and month that cannot exist ("31 February"), with or without a year. */
  | { readonly type: 'impossibleDate'; readonly withYear: boolean }
  | { readonly type: 'year'; readonly year: number; readonly calendar: CalendarSystem }
  /** A day counted from publication ("yesterday"), with the weekday written beside it ("امس الجمعة"). */
  | { readonly type: 'dayOffset'; readonly offset: number; readonly weekday: number | null }
  | { readonly type: 'weekday'; readonly weekday: number; readonly direction: WeekdayDirection }
  /** A whole week, month or year relative to the one of publication ("last week", "this month", "پارسال"). */
  | { readonly type: 'period'; readonly unit: TimeUnit; readonly offset: number }
  /** A count of units from publication ("two days ago"); `direction` 0 when counted from another event. */
  | { readonly type: 'count'; readonly unit: TimeUnit; readonly count: number | null; readonly direction: -1 | 0 | 1 }
  | { readonly type: 'range'; readonly from: RangeEnd; readonly to: RangeEnd };

/** One end of a range: a piece of its own, or a bare day that takes its month from the other end ("from 5 to 7 October"). */
export type RangeEnd = Piece | { readonly type: 'bareDay'; readonly day: number };

export type Piece = PieceBody & {
  readonly start: number;
  readonly end: number;
  /** Noon or midnight written beside a day ("noon on October 10"). */
  readonly clock?: { readonly hour: number; readonly minute: number };
};
