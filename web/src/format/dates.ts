/**
 * Dates as the API gives them are ISO strings of varying precision ("2020", "2020-10", "2020-10-10",
 * "2020-10-10T04:20Z", "2024-03-13T08:10:00+03:00"). They are shown at the precision they have: a date
 * known to the day is never shown with an invented time, and the time is shown as written, not shifted.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const ISO_PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?/;

/** "10 Oct 2020", "Oct 2020", "2020"; with `withTime`, "10 Oct 2020, 04:20" when a time is written. */
export function formatDate(value: string | null | undefined, options: { withTime?: boolean } = {}): string {
  if (!value) return 'date unknown';
  const match = ISO_PARTS.exec(value);
  if (!match) return value;
  const [, year, month, day, hour, minute] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year!;
  if (!day) return `${monthName} ${year}`;
  const date = `${Number(day)} ${monthName} ${year}`;
  return options.withTime && hour && minute ? `${date}, ${hour}:${minute}` : date;
}

/** The day part of an ISO value ("2020-10-10"), or the value's own precision when it has no day. */
export function dayOf(value: string | null | undefined): string | null {
  const match = value ? ISO_PARTS.exec(value) : null;
  if (!match) return null;
  return [match[1], match[2], match[3]].filter(Boolean).join('-');
}

/** "10 Oct 2020" for a one-day span, "10 – 12 Oct 2020" style ranges otherwise (always both ends written out). */
export function formatSpan(first: string | null | undefined, last: string | null | undefined): string {
  const start = dayOf(first);
  const end = dayOf(last);
  if (!start && !end) return 'dates unknown';
  if (!start || !end || start === end) return formatDate(start ?? end);
  return `${formatDate(start)} – ${formatDate(end)}`;
}
