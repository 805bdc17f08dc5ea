import type { DatePrecision, ResolvedDate } from '../../core/article.js';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;
/** Dates before this are not publication dates of news on the web (typos, placeholders like 0001-01-01). */
const EARLIEST_YEAR = 1990;

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function fromIso(text: string, method: string): ResolvedDate | null {
  const match = ISO.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  if (year < EARLIEST_YEAR || year > 2100) return null;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (mo && d && !validDay(year, Number(mo), Number(d))) return null;
  if (h && (Number(h) > 23 || Number(mi) > 59)) return null;
  let precision: DatePrecision = 'year';
  let value = y!;
  if (mo) [precision, value] = ['month', `${value}-${mo}`];
  if (d) [precision, value] = ['day', `${value}-${d}`];
  if (h) [precision, value] = ['minute', `${value}T${h}:${mi}`];
  if (s) [precision, value] = ['second', `${value}:${s}`];
  if (h && zone) value += zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  return { value, precision, method };
}

/** RFC 822/1123 dates as feeds and HTTP headers write them ("Sat, 10 Oct 2020 04:20:00 GMT", "… 21:55:00 +0300"). */
const RFC822 = /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Keeps the offset the feed states (+0300 stays +03:00); named zones other than GMT/UTC are converted to UTC. */
function fromRfc822(text: string, method: string): ResolvedDate | null {
  const match = RFC822.exec(text);
  if (!match) return null;
  const [, d, mon, y, h, mi, s = '00', zone = 'GMT'] = match;
  const month = MONTHS.indexOf(mon!.toLowerCase()) + 1;
  const year = y!.length === 2 ? 2000 + Number(y) : Number(y);
  if (month === 0 || year < EARLIEST_YEAR || !validDay(year, month, Number(d)) || Number(h) > 23 || Number(mi) > 59) return null;
  const wall = `${year}-${String(month).padStart(2, '0')}-${d!.padStart(2, '0')}T${h}:${mi}:${s}`;
  if (/^[+-]\d{4}$/.test(zone)) return { value: `${wall}${zone.slice(0, 3)}:${zone.slice(3)}`, precision: 'second', method };
  if (/^(?:gmt|utc?|z)$/i.test(zone)) return { value: `${wall}Z`, precision: 'second', method };
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  return { value: `${new Date(time).toISOString().slice(0, 19)}Z`, precision: 'second', method };
}

/**
 * Parses a machine-written date (ISO 8601 or RFC 822), keeping the precision
 * the text states. Returns null for anything else: human-written dates in
 * running text are the text-date parser's job.
 *
 * @example parseMachineDate('2020-10-10T04:20:00Z', 'meta') // { value: '2020-10-10T04:20:00Z', precision: 'second', method: 'meta' }
 */
export function parseMachineDate(text: string, method: string): ResolvedDate | null {
  const trimmed = text.trim();
  return fromIso(trimmed, method) ?? fromRfc822(trimmed, method);
}
