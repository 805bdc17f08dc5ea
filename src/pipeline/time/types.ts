/** How finely a time expression places its moment. */
export type TimeGranularity = 'instant' | 'day' | 'week' | 'month' | 'year' | 'range';

/** Why a time expression resolved to unknown. */
export type UnknownReason =
  /** It counts from publication ("yesterday", "on Tuesday", "October 10") and no publication date was given. */
  | 'no-publication-date'
  /** The date cannot exist ("31 February"). */
  | 'impossible-date'
  /** The words allow more than one reading ("days ago" without a count; a written weekday that fits none of the candidate years). */
  | 'ambiguous'
  /** It counts from another event, not from publication ("two days later", "a week before the vote"). */
  | 'anchored-elsewhere';

/**
 * A time expression found in article text.
 *
 * `value` is ISO 8601 at the expression's granularity: '2020-10-06' (day), '2020-10' (month), '1988'
 * (year), '2020-10-10T12:00' or '2020-10-10T04:20Z' (instant). A week is given by its first day and
 * `endValue` its last ('2020-10-26' … '2020-11-01'); a range by its first and last value at their own
 * precision ('1988' … '1994', '2020-10-05' … '2020-10-07'). A Solar Hijri or Hijri month or year, which
 * is no Gregorian month or year, is a range of Gregorian days. `null` means unknown — never a guess.
 */
export interface TimeExpression {
  /** The span as written: `input.slice(start, end) === text`. */
  readonly text: string;
  /** Char offset in the input text. */
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  readonly kind: 'absolute' | 'partial' | 'relative' | 'range' | 'year';
  readonly granularity: TimeGranularity;
  /** ISO: '2020-10-06', '2020-10', '1988', '2020-10-10T12:00'; null = unknown. */
  readonly value: string | null;
  /** Last day/month/year of a range or week. */
  readonly endValue?: string | null;
  /** Set when `value` is null. */
  readonly reason?: UnknownReason;
}
