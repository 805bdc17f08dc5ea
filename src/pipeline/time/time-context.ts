/**
 * The token stream a time expression is read from, and the reader every time reader uses: the longest
 * phrase at a token that has a wanted meaning. Tokens inside a date the date finder already read are
 * "covered" and never read again.
 */
import type { TimeVocabulary } from '../../lang/types.js';
import type { ReadContext } from '../dates/readers.js';
import type { Token } from '../dates/tokenize.js';
import type { MeaningKind, Position, TimeLexicon, TimeMeaning } from './time-lexicon.js';

export interface TimeContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The same tokens for the date readers (src/pipeline/dates/readers.ts). */
  readonly dates: ReadContext;
  /** The article's pack code; null when no pack covers its language (then only dates are read). */
  readonly language: string | null;
  readonly vocabulary: TimeVocabulary;
  readonly lexicon: TimeLexicon;
  /** 1 where a token belongs to an expression already read. */
  readonly covered: Uint8Array;
  /** One-letter conjunctions and prepositions glued to a word ("وأمس"), stripped when the whole word means nothing. */
  readonly gluedPrefixes: readonly string[];
  /** The lexicon phrases starting at each token, looked up once: readers ask for several kinds at one token. */
  readonly phraseCache: (readonly PhraseAt[] | undefined)[];
}

/** A lexicon phrase found at a token: its meanings and the token after it. */
interface PhraseAt {
  readonly meanings: readonly TimeMeaning[];
  readonly next: number;
}

/** Every phrase of the lexicon starting at token `i` with first word `first`, shortest first. */
function phrasesFrom(ctx: TimeContext, i: number, first: string): PhraseAt[] {
  const { tokens, lexicon } = ctx;
  const found: PhraseAt[] = [];
  const single = lexicon.entries.get(first);
  if (single) found.push({ meanings: single, next: i + 1 });
  if (!lexicon.phraseStarts.has(first)) return found;
  let key = first;
  for (let n = 2; n <= lexicon.maxTokens && i + n - 1 < tokens.length; n += 1) {
    const token = tokens[i + n - 1]!;
    if (token.newline) break;
    key += ` ${token.text}`;
    const meanings = lexicon.entries.get(key);
    if (meanings) found.push({ meanings, next: i + n });
  }
  return found;
}

export interface KindRead<K extends MeaningKind> {
  readonly meaning: Extract<TimeMeaning, { kind: K }>;
  readonly next: number;
}

function matching<K extends MeaningKind>(meanings: readonly TimeMeaning[] | undefined, kind: K, position: Position | undefined): Extract<TimeMeaning, { kind: K }> | null {
  const found = meanings?.find((m) => m.kind === kind && (position === undefined || !('position' in m) || m.position === position));
  return (found as Extract<TimeMeaning, { kind: K }> | undefined) ?? null;
}

function longest<K extends MeaningKind>(ctx: TimeContext, phrases: readonly PhraseAt[], start: number, kind: K, position: Position | undefined): KindRead<K> | null {
  for (let p = phrases.length - 1; p >= 0; p -= 1) {
    const phrase = phrases[p]!;
    const meaning = matching(phrase.meanings, kind, position);
    // Tokens read since the cache was filled may now belong to an expression.
    if (meaning && !ctx.covered.subarray(start, phrase.next).includes(1)) return { meaning, next: phrase.next };
  }
  return null;
}

/**
 * The longest phrase at token `i`, on one line and outside covered tokens, that has a meaning of `kind`
 * (and, for markers, `position`). With `glued`, a first word such as "وأمس" is also read as "أمس".
 */
export function readKind<K extends MeaningKind>(ctx: TimeContext, i: number, kind: K, position?: Position, glued = false): KindRead<K> | null {
  const first = ctx.tokens[i];
  if (!first || first.kind === 'num' || ctx.covered[i]) return null;
  const phrases = (ctx.phraseCache[i] ??= phrasesFrom(ctx, i, first.text));
  const read = phrases.length ? longest(ctx, phrases, i, kind, position) : null;
  if (read || !glued) return read;
  for (const prefix of ctx.gluedPrefixes) {
    if (first.text.length > prefix.length + 1 && first.text.startsWith(prefix)) {
      const stripped = longest(ctx, phrasesFrom(ctx, i, first.text.slice(prefix.length)), i, kind, position);
      if (stripped) return stripped;
    }
  }
  return null;
}

/** Whether an expression may start at token `i`: a number, or a word that starts a lexicon phrase or a weekday name. */
export function mayStartAt(ctx: TimeContext, i: number): boolean {
  const token = ctx.tokens[i];
  if (!token || token.kind === 'num') return token !== undefined;
  const { text } = token;
  if (startsPhrase(ctx, text)) return true;
  for (const prefix of ctx.gluedPrefixes) if (text.length > prefix.length + 1 && text.startsWith(prefix) && startsPhrase(ctx, text.slice(prefix.length))) return true;
  return false;
}

function startsPhrase(ctx: TimeContext, word: string): boolean {
  return ctx.lexicon.entries.has(word) || ctx.lexicon.phraseStarts.has(word) || ctx.dates.lexicon.entries.has(word) || ctx.dates.lexicon.phraseStarts.has(word);
}

/** Whether `text` is an anchor word of the lexicon, bare or after a glued prefix ("وأمس"). */
function isAnchorWord(ctx: TimeContext, text: string): boolean {
  if (ctx.lexicon.anchors.has(text)) return true;
  return ctx.gluedPrefixes.some((prefix) => text.length > prefix.length + 1 && text.startsWith(prefix) && ctx.lexicon.anchors.has(text.slice(prefix.length)));
}

/**
 * Tokens every expression holds one of: a number, an anchor word of the time lexicon, or a weekday
 * name of the article's language. Most words of an article are none of these.
 */
export function anchorTokens(ctx: TimeContext): Uint8Array {
  const flags = new Uint8Array(ctx.tokens.length);
  const names = ctx.dates.lexicon;
  ctx.tokens.forEach((token, i) => {
    if (token.kind === 'num') flags[i] = 1;
    else if (token.kind === 'word') {
      const weekday = names.entries.get(token.text)?.some((meaning) => meaning.kind === 'weekday' && meaning.language === ctx.language) || names.phraseStarts.has(token.text);
      if (weekday || isAnchorWord(ctx, token.text)) flags[i] = 1;
    }
  });
  return flags;
}

/**
 * The end of a span without a full stop the date readers took as an abbreviation's dot: "года." ends a
 * sentence, "г." is an abbreviation.
 */
export function withoutSentenceDot(ctx: TimeContext, start: number, next: number): number {
  const last = ctx.tokens[next - 1];
  const before = ctx.tokens[next - 2];
  return next - 1 > start && last?.kind === 'punct' && last.text === '.' && before?.kind === 'word' && [...before.text].length > 2 ? next - 1 : next;
}

const SENTENCE_ENDS = new Set(['.', '!', '?', '؟', '。', ';', '؛']);

/** Whether token `i` ends a sentence or clause for the purpose of looking for cue words. */
export function endsSentence(ctx: TimeContext, i: number): boolean {
  const token = ctx.tokens[i];
  return !token || (token.kind === 'punct' && SENTENCE_ENDS.has(token.text));
}
