import type { ResolvedDate } from '../../core/article.js';
import { parseMachineDate } from './parse-machine-date.js';
import { readTextDates } from './read-text-dates.js';

/** An ISO day at the start of a longer value ("2020-10-10T04:20:00.000000+02:00[Europe/Berlin]", "2020-10-10 um 12 Uhr"). */
const LEADING_ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/;
/** A compact day ("20201010"), as some CMS write it in meta tags. */
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})(?:\d{4,6})?$/;

/**
 * "11/01/2023" in metadata is as often a server's US default (month first) as
 * the site's own day-first habit, and nothing on the field tells which.
 */
function isAmbiguousSlashed(text: string): boolean {
  const match = /^(\d{1,2})\/(\d{1,2})\/\d{4}/.exec(text);
  return match !== null && Number(match[1]) <= 12 && Number(match[2]) <= 12 && match[1] !== match[2];
}

/**
 * Reads a date an attribute or metadata field states: ISO 8601 or RFC 822
 * first (keeping their precision), then the ISO day that starts an
 * over-long value, then a compact YYYYMMDD, then a date written for people
 * ("10.10.2020", "October 10, 2020") when it is most of the value, so that a
 * description mentioning a date is not read as one. Null for anything else.
 */
export function readDateValue(text: string, method: string): ResolvedDate | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const machine = parseMachineDate(trimmed, method);
  if (machine) return machine;
  const leading = LEADING_ISO_DAY.exec(trimmed);
  if (leading) return parseMachineDate(leading[1]!, method);
  const compact = COMPACT_DAY.exec(trimmed);
  if (compact) return parseMachineDate(`${compact[1]}-${compact[2]}-${compact[3]}`, method);
  if (trimmed.length > 60 || isAmbiguousSlashed(trimmed)) return null;
  const [written] = readTextDates(trimmed, method);
  return written && written.length >= trimmed.length / 2 ? written.date : null;
}
