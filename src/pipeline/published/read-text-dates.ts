import type { DatePrecision, ResolvedDate } from '../../core/article.js';
import { findDates } from '../dates/find-dates.js';
import type { DateMention } from '../dates/types.js';
import type { DateRole } from './date-evidence.js';
import { roleBefore } from './date-role-cues.js';

/** A full date (day precision or finer) written in visible text. */
export interface TextDate {
  date: ResolvedDate;
  /** What the words just before it say it is ("Aktualisiert am", "Published"). */
  role: DateRole;
  start: number;
  /** Length of the written date in the text. */
  length: number;
}

const pad = (value: number): string => String(value).padStart(2, '0');

function toResolved(mention: DateMention, method: string): ResolvedDate | null {
  const { year, month, day, hour, minute, second, timezone } = mention;
  if (year === null || month === null || day === null) return null;
  let value = `${year}-${pad(month)}-${pad(day)}`;
  let precision: DatePrecision = 'day';
  if (hour !== null && minute !== null) {
    value += `T${pad(hour)}:${pad(minute)}`;
    precision = 'minute';
    if (second !== null) [value, precision] = [`${value}:${pad(second)}`, 'second'];
    if (timezone) value += timezone;
  }
  return { value, precision, method };
}

/** Full dates in a piece of visible text, in order, with the role their leading words give them. */
export function readTextDates(text: string, method: string, languages?: string[]): TextDate[] {
  const found: TextDate[] = [];
  for (const mention of findDates(text, languages ? { languages } : {})) {
    const date = toResolved(mention, method);
    if (date) found.push({ date, role: roleBefore(text, mention.start), start: mention.start, length: mention.end - mention.start });
  }
  return found;
}
