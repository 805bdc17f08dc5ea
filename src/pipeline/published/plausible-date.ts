import type { ResolvedDate } from '../../core/article.js';

/** Web news before this is vanishingly rare; earlier years on pages are history, birthdays or placeholders. */
export const EARLIEST_PUBLICATION_YEAR = 1995;

/** The day (YYYY-MM-DD), month or year a resolved date names, for comparing and ordering. */
export function dayOf(date: ResolvedDate): string {
  return date.value.slice(0, 10);
}

/**
 * Whether a date can be a publication date seen on `reference` (the capture
 * day): not before 1995 and not after the reference day. Time zones make the
 * reference's own day (and the next one, for pages east of UTC) acceptable.
 */
export function isPlausiblePublication(date: ResolvedDate, reference: Date): boolean {
  const year = Number(date.value.slice(0, 4));
  if (!(year >= EARLIEST_PUBLICATION_YEAR)) return false;
  const latest = new Date(reference.getTime() + 86_400_000).toISOString().slice(0, 10);
  return dayOf(date) <= latest.slice(0, dayOf(date).length);
}
