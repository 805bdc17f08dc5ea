/**
 * Small readers over the token stream, one per date part. Each returns what it
 * read and the index after it, or null when the part is not there.
 */
import type { CalendarSystem } from '../../lang/types.js';
import type { DateLexicon, Meaning, MeaningKind } from './date-lexicon.js';
import type { Token } from './tokenize.js';

export interface ReadContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly lexicon: DateLexicon;
  /** Lower is preferred: the caller's languages first, then registry order. */
  readonly rank: (language: string | null) => number;
}

export interface PhraseMatch {
  readonly meanings: readonly Meaning[];
  readonly next: number;
}

export const DASHES = new Set(['-', '–', '—', '−']);

/** The longest lexicon phrase starting at token `i` on one line. */
export function readPhrase(ctx: ReadContext, i: number): PhraseMatch | null {
  const { tokens, lexicon } = ctx;
  const first = tokens[i];
  if (!first || first.kind === 'num') return null;
  if (lexicon.phraseStarts.has(first.text)) {
    let key = first.text;
    let best: PhraseMatch | null = null;
    for (let n = 2; n <= lexicon.maxTokens && i + n - 1 < tokens.length; n += 1) {
      const token = tokens[i + n - 1]!;
      if (token.newline) break;
      key += ` ${token.text}`;
      const meanings = lexicon.entries.get(key);
      if (meanings) best = { meanings, next: i + n };
    }
    if (best) return best;
  }
  const meanings = lexicon.entries.get(first.text);
  return meanings ? { meanings, next: i + 1 } : null;
}

/** The preferred meaning of `kind` at token `i`, and every language that gives it that meaning. */
export function readMeaning<K extends MeaningKind>(ctx: ReadContext, i: number, kind: K): { meaning: Extract<Meaning, { kind: K }>; languages: string[]; next: number } | null {
  const phrase = readPhrase(ctx, i);
  if (!phrase) return null;
  const matching = phrase.meanings.filter((m): m is Extract<Meaning, { kind: K }> => m.kind === kind);
  if (matching.length === 0) return null;
  const sorted = [...matching].sort((a, b) => ctx.rank(a.language) - ctx.rank(b.language));
  return { meaning: sorted[0]!, languages: sorted.map((m) => m.language ?? ''), next: phrase.next };
}

export function isPunct(token: Token | undefined, chars: ReadonlySet<string> | string): boolean {
  if (!token || token.kind !== 'punct') return false;
  return typeof chars === 'string' ? token.text === chars : chars.has(token.text);
}

/** Whether the number at `i` stands alone, not inside "1,000", "3.5" or "192.168.1.1". */
export function standsAlone(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const joinsBefore = before && !tokens[i]!.spaced && isPunct(before, NUMBER_JOINERS) && !before.spaced && tokens[i - 2]?.kind === 'num';
  const joinsAfter = after && !after.spaced && isPunct(after, NUMBER_JOINERS) && tokens[i + 2]?.kind === 'num' && !tokens[i + 2]!.spaced;
  const touchesNumber = (before?.kind === 'num' && !tokens[i]!.spaced) || (after?.kind === 'num' && !after.spaced);
  return !joinsBefore && !joinsAfter && !touchesNumber;
}

const NUMBER_JOINERS = new Set([',', '.', '٫', '٬', "'"]);

export interface DayRead {
  day: number;
  next: number;
}

/** A day of the month, with its ordinal suffix ("10th", "1er", "10-го", "10."). */
export function readDay(ctx: ReadContext, i: number): DayRead | null {
  const token = ctx.tokens[i];
  if (!token || token.kind !== 'num' || token.text.length > 2 || !standsAlone(ctx.tokens, i)) return null;
  const day = Number(token.text);
  if (day < 1 || day > 31) return null;
  let next = i + 1;
  const after = ctx.tokens[next];
  if (after && !after.spaced && after.kind === 'word' && readMeaning(ctx, next, 'ordinal')) next += 1;
  else if (after && !after.spaced && isPunct(after, DASHES) && !ctx.tokens[next + 1]?.spaced && readMeaning(ctx, next + 1, 'ordinal')) next += 2;
  return { day, next };
}

export interface YearRead {
  year: number;
  calendar: CalendarSystem | null;
  /** Languages of the suffix, empty when there is none. */
  languages: string[];
  next: number;
}

/** A four-digit year with its suffix («2020 года», "٢٠٢٠م", "۱۳۹۹ ه.ش", "2020-ci il", "2020 г."). */
export function readYear(ctx: ReadContext, i: number): YearRead | null {
  const { tokens } = ctx;
  const token = tokens[i];
  if (!token || token.kind !== 'num' || token.text.length !== 4 || !standsAlone(tokens, i)) return null;
  let next = i + 1;
  let calendar: CalendarSystem | null = null;
  let languages: string[] = [];
  const dash = !tokens[next]?.spaced && isPunct(tokens[next], DASHES) ? 1 : 0;
  const suffix = tokens[next + dash] && !tokens[next + dash]!.newline ? readMeaning(ctx, next + dash, 'yearSuffix') : null;
  if (suffix) {
    calendar = suffix.meaning.calendar;
    languages = suffix.languages;
    next = suffix.next;
    if (isPunct(tokens[next], '.') && !tokens[next]!.spaced) next += 1;
  }
  return { year: Number(token.text), calendar, languages, next };
}

export interface NameRead {
  value: number;
  calendar: CalendarSystem;
  languages: string[];
  abbreviated: boolean;
  /** The name starts with a capital letter in the original text. */
  capitalized: boolean;
  next: number;
}

function capitalizedAt(ctx: ReadContext, i: number): boolean {
  const first = ctx.text[ctx.tokens[i]!.start] ?? '';
  return first !== first.toLowerCase();
}

/** A month name in any calendar, with the dot after an abbreviation. */
export function readMonth(ctx: ReadContext, i: number): NameRead | null {
  const found = readMeaning(ctx, i, 'month');
  if (!found) return null;
  const { meaning } = found;
  let next = found.next;
  if (meaning.abbreviated && isPunct(ctx.tokens[next], '.') && !ctx.tokens[next]!.spaced) next += 1;
  return { value: meaning.month, calendar: meaning.calendar, languages: found.languages, abbreviated: meaning.abbreviated, capitalized: capitalizedAt(ctx, i), next };
}

/** A weekday name, with the dot after an abbreviation. */
export function readWeekday(ctx: ReadContext, i: number): NameRead | null {
  const found = readMeaning(ctx, i, 'weekday');
  if (!found) return null;
  let next = found.next;
  if (isPunct(ctx.tokens[next], '.') && !ctx.tokens[next]!.spaced) next += 1;
  return { value: found.meaning.weekday, calendar: 'gregory', languages: found.languages, abbreviated: found.meaning.abbreviated, capitalized: capitalizedAt(ctx, i), next };
}

/** Skips up to `max` tokens that are in `chars` or are words of `kind`, staying on one line. */
export function skipJoiners(ctx: ReadContext, i: number, chars: ReadonlySet<string>, kind: MeaningKind | null, max = 2): number {
  let next = i;
  for (let n = 0; n < max; n += 1) {
    const token = ctx.tokens[next];
    if (!token || token.newline) break;
    if (isPunct(token, chars)) next += 1;
    else if (kind && token.kind === 'word') {
      const word = readMeaning(ctx, next, kind);
      if (!word) break;
      next = word.next;
    } else break;
  }
  return next;
}
