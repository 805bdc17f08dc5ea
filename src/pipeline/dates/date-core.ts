import type { CalendarSystem } from '../../lang/types.js';
import type { ReadContext } from './readers.js';

/** The date part of a mention as read, before validation and calendar conversion. */
export interface DateCore {
  year: number | null;
  month: number | null;
  day: number | null;
  calendar: CalendarSystem;
  /** Languages whose vocabulary matched, preferred first; empty for numeric dates. */
  languages: string[];
  next: number;
}

export interface CoreOptions {
  readonly dayFirst: boolean;
  /** Read numeric years 1420–1499 as Hijri (Arabic context) rather than Solar Hijri. */
  readonly hijriNumeric: boolean;
}

/** A reader of one date shape starting at token `i`. */
export type CoreParser = (ctx: ReadContext, i: number, options: CoreOptions) => DateCore | null;
