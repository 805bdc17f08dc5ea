/**
 * The first and last millisecond of a date written at any precision — "2020",
 * "2020-10", "2020-10-10" or a full ISO time — for filters on stored times.
 */
const PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** @example periodStartMs('2020-10') === Date.UTC(2020, 9, 1) */
export function periodStartMs(value: string): number {
  const match = PREFIX.exec(value);
  if (!match) return Date.parse(value);
  return Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1));
}

/** @example periodEndMs('2021-02') === Date.UTC(2021, 2, 1) - 1 */
export function periodEndMs(value: string): number {
  const match = PREFIX.exec(value);
  if (!match) return Date.parse(value);
  const [year, month, day] = [Number(match[1]), match[2] ? Number(match[2]) : null, match[3] ? Number(match[3]) : null];
  // The start of the next year, month or day, less one millisecond.
  if (month === null) return Date.UTC(year + 1, 0, 1) - 1;
  if (day === null) return Date.UTC(year, month, 1) - 1;
  return Date.UTC(year, month - 1, day + 1) - 1;
}
