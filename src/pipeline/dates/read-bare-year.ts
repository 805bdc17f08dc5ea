import type { DateCore } from './date-core.js';
import { standsAlone } from './readers.js';
import type { ReadContext } from './readers.js';

/** Years a bare four-digit number is taken as (opt-in: "in 2019" is a year, "2019 votes" is not, and the two look alike). */
const BARE_YEAR = { min: 1900, max: 2100 };

/** A bare year, "in 2019": a four-digit number in range, not part of a larger number. */
export function readBareYear(ctx: ReadContext, i: number): DateCore | null {
  const token = ctx.tokens[i];
  if (!token || token.kind !== 'num' || token.text.length !== 4 || !standsAlone(ctx.tokens, i)) return null;
  const year = Number(token.text);
  if (year < BARE_YEAR.min || year > BARE_YEAR.max) return null;
  return { year, month: null, day: null, calendar: 'gregory', languages: [], next: i + 1 };
}
