/**
 * Whether two ISO dates of any granularity ('2020', '2020-10', '2020-10-06',
 * '2020-10-06T12:00') can name the same moment, and how far apart two days are.
 */
const DAY_MS = 86_400_000;

/** The day part of a date ('2020-10-06T12:00' → '2020-10-06'); dates coarser than a day are kept. */
export function dayOf(date: string): string {
  return date.length > 10 ? date.slice(0, 10) : date;
}

/** Whole days between two day dates; null when either is coarser than a day. */
export function daysBetween(a: string, b: string): number | null {
  const x = dayOf(a);
  const y = dayOf(b);
  if (x.length !== 10 || y.length !== 10) return null;
  return Math.round(Math.abs(Date.parse(`${x}T00:00:00Z`) - Date.parse(`${y}T00:00:00Z`)) / DAY_MS);
}

/**
 * Two dates are compatible when the coarser contains the finer ('2020-10' and '2020-10-06'), or both are
 * days at most `toleranceDays` apart (outlets in different time zones, or reporting "yesterday" late at night).
 */
export function compatibleDates(a: string | null, b: string | null, toleranceDays: number): boolean {
  if (a === null || b === null) return true;
  const x = dayOf(a);
  const y = dayOf(b);
  if (x.length !== y.length) return x.length < y.length ? y.startsWith(x) : x.startsWith(y);
  if (x.length < 10) return x === y;
  return (daysBetween(x, y) ?? Infinity) <= toleranceDays;
}
