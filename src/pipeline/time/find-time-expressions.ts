/**
 * Finds the time expressions of an article: the dates the date finder reads (src/pipeline/dates/),
 * impossible dates, ranges, years, and days and periods counted from publication, in the article's
 * language. A chain of small readers tried in order at each token, as in the date finder.
 */
import { getLanguagePack } from '../../lang/registry.js';
import { emptyTimeVocabulary } from '../../lang/empty-time-vocabulary.js';
import type { LanguagePack } from '../../lang/types.js';
import { dateLexicon } from '../dates/date-lexicon.js';
import { findDatesInTokens } from '../dates/find-dates.js';
import { tokenize } from '../dates/tokenize.js';
import { attachClock } from './attach-clock.js';
import { withDateDirection } from './date-direction.js';
import { datePieces, impossibleDatePieces } from './date-pieces.js';
import type { Piece } from './pieces.js';
import { readCountPiece, readPeriodPiece } from './read-counted.js';
import { readDayOffset, readPeriodWord } from './read-day-words.js';
import { readRangePiece } from './read-range.js';
import { readWeekdayPiece } from './read-weekday.js';
import { readYearPiece } from './read-year.js';
import { readPublished } from './published-reference.js';
import { resolvePiece } from './resolve-piece.js';
import { anchorTokens, mayStartAt, readKind } from './time-context.js';
import type { TimeContext } from './time-context.js';
import { timeLexicon } from './time-lexicon.js';
import type { TimeLexicon } from './time-lexicon.js';
import type { TimeExpression } from './types.js';

type Reader = (ctx: TimeContext, i: number) => Piece | null;

/**
 * Tried in this order at each token of a window not yet read (after the range reader and the dates);
 * the first that reads wins. Years before counts, so
 * "منذ عام 1988" is the year 1988 and not "a year ago" followed by a number; day words before period
 * markers, so "last night" is a day and not "last" + a noun.
 */
const READERS: readonly Reader[] = [readYearPiece, readDayOffset, readPeriodWord, readCountPiece, readPeriodPiece, readWeekdayPiece];

const NO_PACK_LEXICON: TimeLexicon = { language: '', entries: new Map(), phraseStarts: new Set(), maxTokens: 1, anchors: new Set() };
const NO_PACK_VOCABULARY = emptyTimeVocabulary({ relativeCalendar: 'gregory', weekStartsOn: 1 });

function createContext(text: string, pack: LanguagePack | null): TimeContext {
  const tokens = tokenize(text);
  const language = pack?.code ?? null;
  return {
    text,
    tokens,
    dates: { text, tokens, lexicon: dateLexicon(), rank: (candidate) => (candidate === language ? 0 : 1) },
    language,
    vocabulary: pack?.time ?? NO_PACK_VOCABULARY,
    lexicon: pack ? timeLexicon(pack) : NO_PACK_LEXICON,
    covered: new Uint8Array(tokens.length),
    phraseCache: [],
    // One-letter clitics only (و, ف, ب): the article "ال" is part of the listed words themselves.
    gluedPrefixes: pack ? pack.entities.cliticPrefixes.filter((prefix) => [...prefix].length === 1) : [],
  };
}

/** What was read from a window of tokens: a piece, or a phrase that only looks relative ("por la mañana"). */
type WindowRead = { readonly piece: Piece; readonly next: number } | { readonly piece: null; readonly next: number };

/** The first expression starting between `from` and `anchor`, trying the range reader, a date, then the readers. */
function readWindow(ctx: TimeContext, from: number, anchor: number, dates: Map<number, Piece>): WindowRead | null {
  for (let i = from; i <= anchor; i += 1) {
    if (!dates.has(i) && !mayStartAt(ctx, i)) continue;
    const range = readRangePiece(ctx, i, dates);
    if (range) {
      for (let k = range.start; k < range.end; k += 1) dates.delete(k);
      return { piece: range, next: range.end };
    }
    const date = dates.get(i);
    if (date) {
      const directed = withDateDirection(ctx, date);
      return { piece: directed, next: directed.end };
    }
    if (ctx.covered[i]) continue;
    const blocked = readKind(ctx, i, 'notRelative');
    if (blocked) return { piece: null, next: blocked.next };
    for (const reader of READERS) {
      const piece = reader(ctx, i);
      if (piece) return { piece, next: piece.end };
    }
  }
  return null;
}

/** Reads ranges, years and relative expressions around the anchor tokens, between the dates already found. */
function readRest(ctx: TimeContext, dates: readonly Piece[]): Piece[] {
  const datesByStart = new Map(dates.map((piece) => [piece.start, piece]));
  const anchors = anchorTokens(ctx);
  for (const piece of dates) anchors[piece.start] = 1;
  // The longest run of marker words an expression may open with before its anchor ("in der vergangenen Woche").
  const reach = ctx.lexicon.maxTokens + 2;
  const pieces: Piece[] = [];
  for (let i = 0; i < ctx.tokens.length; ) {
    const anchor = anchors.indexOf(1, i);
    if (anchor < 0) break;
    const read = readWindow(ctx, Math.max(i, anchor - reach), anchor, datesByStart);
    if (!read) {
      i = anchor + 1;
      continue;
    }
    if (read.piece) {
      ctx.covered.fill(1, read.piece.start, read.piece.end);
      pieces.push(read.piece);
    }
    i = read.next;
  }
  return pieces;
}

/**
 * Every time expression in `text`, in order, without overlaps. `language` is a BCP-47 tag (relative
 * expressions are read only in a language with a pack); `published` is the article's publication date
 * ('2020-10-07', '2020-10-07T12:46:00Z', '2020-10' or '2020'), which relative expressions and year-less
 * dates count from — without it they resolve to `null`.
 * @example
 * findTimeExpressions('Speaking on Tuesday in a phone call with President Aliyev', 'en', '2020-10-07')[0]
 * // { text: 'on Tuesday', kind: 'relative', granularity: 'day', value: '2020-10-06', … }
 */
export function findTimeExpressions(text: string, language: string | null, published: string | null): TimeExpression[] {
  if (!text) return [];
  const pack = getLanguagePack(language);
  const ctx = createContext(text, pack);
  const mentions = findDatesInTokens(text, ctx.tokens, { languages: pack ? [pack.code] : [] });
  const dates = datePieces(ctx, mentions);
  const impossible = impossibleDatePieces(ctx);
  const pieces = [...readRest(ctx, dates), ...impossible].map((piece) => attachClock(ctx, piece)).sort((a, b) => a.start - b.start);
  const resolve = { reference: readPublished(published), vocabulary: ctx.vocabulary };
  return pieces.map((piece) => resolvePiece(piece, text, ctx.tokens, resolve));
}
