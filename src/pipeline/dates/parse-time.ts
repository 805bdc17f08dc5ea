/**
 * The time of day after a date ("12:46", "04:20:00 GMT", "4:20 p.m.", "14h30",
 * "13.45 Uhr", "٠٤:٢٠ بتوقيت غرينتش", "T04:20:00+03:30").
 */
import { DASHES, isPunct, readMeaning, skipJoiners } from './readers.js';
import type { ReadContext } from './readers.js';

export interface TimeRead {
  hour: number;
  minute: number;
  second: number | null;
  timezone: string | null;
  next: number;
}

/** Punctuation allowed between a date and its time: "7 October 2020 / 12:46", "١٠ أكتوبر ٢٠٢٠ - ٠٤:٢٠". */
const DATE_TIME_JOINERS = new Set([',', '،', '/', '|', '·', '•', '-', '–', '—', '(']);

function twoDigits(ctx: ReadContext, i: number): number | null {
  const token = ctx.tokens[i];
  return token && token.kind === 'num' && token.text.length === 2 && !token.spaced ? Number(token.text) : null;
}

/** "+03:30", "+0330", "+3", "-05:00" → '+03:30' form; zero → 'Z'. */
function readOffset(ctx: ReadContext, i: number): { offset: string; next: number } | null {
  const sign = ctx.tokens[i];
  const digits = ctx.tokens[i + 1];
  if (!sign || !digits || !(sign.text === '+' || DASHES.has(sign.text)) || digits.kind !== 'num' || digits.spaced) return null;
  let hours: number;
  let minutes = 0;
  let next = i + 2;
  if (digits.text.length === 4) {
    hours = Number(digits.text.slice(0, 2));
    minutes = Number(digits.text.slice(2));
  } else if (digits.text.length <= 2) {
    hours = Number(digits.text);
    if (isPunct(ctx.tokens[next], ':') && twoDigits(ctx, next + 1) !== null && !ctx.tokens[next]!.spaced) {
      minutes = twoDigits(ctx, next + 1)!;
      next += 2;
    }
  } else return null;
  if (hours > 14 || minutes > 59) return null;
  if (hours === 0 && minutes === 0) return { offset: 'Z', next };
  const pad = (n: number): string => String(n).padStart(2, '0');
  return { offset: `${sign.text === '+' ? '+' : '-'}${pad(hours)}:${pad(minutes)}`, next };
}

/** A time-zone after a time: "GMT", "UTC+3", "Z", "+0000", "(MSK)", "بتوقيت غرينتش". */
export function readZone(ctx: ReadContext, i: number): { timezone: string; next: number } | null {
  const { tokens } = ctx;
  const open = isPunct(tokens[i], '(') && !tokens[i]!.newline ? 1 : 0;
  const at = i + open;
  const token = tokens[at];
  if (!token || token.newline) return null;
  let found: { timezone: string; next: number } | null = null;
  if (token.text === 'z' && !token.spaced && !open) found = { timezone: 'Z', next: at + 1 };
  const named = found ? null : readMeaning(ctx, at, 'timezone');
  if (named) {
    found = { timezone: named.meaning.offset, next: named.next };
    const offset = named.meaning.offset === 'Z' ? readOffset(ctx, named.next) : null;
    if (offset && !tokens[named.next]!.spaced) found = { timezone: offset.offset, next: offset.next };
  }
  if (!found && token.kind === 'punct') {
    const offset = readOffset(ctx, at);
    if (offset) found = { timezone: offset.offset, next: offset.next };
  }
  if (!found) return null;
  if (open) {
    if (!isPunct(tokens[found.next], ')')) return null;
    found.next += 1;
  }
  return found;
}

/** A time after a date, with what may come between (separators, "at", "الساعة") and after it. */
export function readTime(ctx: ReadContext, i: number): TimeRead | null {
  const { tokens } = ctx;
  const at = tokens[i] && !tokens[i]!.spaced && tokens[i]!.text === 't' ? i + 1 : skipJoiners(ctx, i, DATE_TIME_JOINERS, 'timeConnector', 3);
  // A connector word ("um", "om", "alle") vouches for a dotted time; a comma does not.
  const connected = tokens.slice(i, at).some((token) => token.kind === 'word');
  const hourToken = tokens[at];
  if (!hourToken || hourToken.newline || hourToken.kind !== 'num' || hourToken.text.length > 2) return null;
  const hour = Number(hourToken.text);
  const sep = tokens[at + 1];
  let minute: number | null = null;
  if (sep && !sep.spaced && (sep.text === ':' || sep.text === 'h')) minute = twoDigits(ctx, at + 2);
  else if (sep && sep.text === 'h' && tokens[at + 2]?.kind === 'num' && tokens[at + 2]!.text.length === 2) minute = Number(tokens[at + 2]!.text);
  else if (sep && !sep.spaced && sep.text === '.') {
    // "13.45" is a time only when "Uhr", "uur" or a connector ("um", "om") says so.
    minute = twoDigits(ctx, at + 2);
    if (minute !== null && !connected && !readMeaning(ctx, at + 3, 'timeSuffix')) minute = null;
  }
  if (minute === null || hour > 24 || minute > 59) return null;
  let next = at + 3;
  let second: number | null = null;
  if (isPunct(tokens[next], ':') && !tokens[next]!.spaced && twoDigits(ctx, next + 1) !== null) {
    second = twoDigits(ctx, next + 1);
    next += 2;
    // Fractions of a second: read past them, keep the whole second.
    if (isPunct(tokens[next], new Set(['.', ','])) && tokens[next + 1]?.kind === 'num' && !tokens[next + 1]!.spaced && !tokens[next]!.spaced) next += 2;
    if (second! > 60) return null;
  }
  let hour24 = hour;
  const period = tokens[next] && !tokens[next]!.newline ? readMeaning(ctx, next, 'dayPeriod') : null;
  if (period) {
    if (hour < 1 || hour > 12) return null;
    hour24 = period.meaning.pm ? (hour % 12) + 12 : hour % 12;
    next = period.next;
    if (isPunct(tokens[next], '.') && !tokens[next]!.spaced) next += 1;
  }
  const suffix = tokens[next] && !tokens[next]!.newline ? readMeaning(ctx, next, 'timeSuffix') : null;
  if (suffix) next = suffix.next;
  const zone = readZone(ctx, next);
  if (zone) next = zone.next;
  if (hour24 === 24 && (minute > 0 || (second ?? 0) > 0)) return null;
  return { hour: hour24, minute, second, timezone: zone?.timezone ?? null, next };
}
