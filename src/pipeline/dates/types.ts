/** A date written in article text, resolved to Gregorian fields. */
export interface DateMention {
  /** The span in the input: `input.slice(start, end) === text`. */
  text: string;
  start: number;
  end: number;
  /** Gregorian, after calendar conversion. */
  year: number | null;
  month: number | null;
  day: number | null;
  hour: number | null;
  minute: number | null;
  second: number | null;
  /** 'Z' or '+03:30' when stated (GMT/UTC/بتوقيت غرينتش → 'Z'), else null */
  timezone: string | null;
  /** 0 = Sunday … 6 = Saturday, when a weekday name is written next to the date */
  weekday: number | null;
  calendar: 'gregory' | 'persian' | 'islamic';
  /** the pack whose vocabulary matched, null for purely numeric */
  language: string | null;
  precision: 'year' | 'month' | 'day' | 'minute' | 'second';
  /**
   * The date as written in its own calendar, for Solar Hijri and Hijri mentions
   * (۱۹ مهر ۱۳۹۹ → 1399-07-19). Without a year such a date cannot be placed in
   * the Gregorian calendar, so its Gregorian fields stay null and this is all there is.
   */
  nativeDate?: { year: number | null; month: number | null; day: number | null };
}

export interface FindDatesOptions {
  /** Packs to try first (BCP-47 tags); every pack is tried. "en-US" also makes 10/11/2020 month-first. */
  languages?: string[];
  /** Whether 10/11/2020 is 10 November; default true unless `languages` starts with en-US. */
  preferDayFirst?: boolean;
  /** Also report a bare year such as "in 2019" (precision 'year'); off by default because it is noisy. */
  includeBareYears?: boolean;
}
