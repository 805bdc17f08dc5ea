/**
 * One article as the event extractor reads it: tokens and their folded forms, sentences, marker
 * words, role nouns, and the entity mentions that can take part in events.
 */
import type { EntityMention } from '../../core/entity.js';
import { foldForMatch } from '../../lang/match-fold.js';
import { tokenizeWords, type WordToken } from './tokenize-words.js';
import type { EventLexicon, MarkerTag, TriggerValue } from './event-lexicon.js';
import type { PhraseMatch } from './phrase-matcher.js';
import { splitSentences, type Sentence } from './split-sentences.js';

export interface ArticleView {
  text: string;
  lexicon: EventLexicon;
  tokens: readonly WordToken[];
  folded: readonly string[];
  sentences: readonly Sentence[];
  /** Marker matches by their first token. */
  markerAt: ReadonlyMap<number, PhraseMatch<MarkerTag[]>>;
  /** Role-noun and title matches by their first token. */
  roleAt: ReadonlyMap<number, PhraseMatch<string>>;
  /** Mentions in text order, each with the tokens it covers. */
  mentions: readonly PlacedMention[];
  /** For each token, the index in `mentions` of the mention covering it, or -1. */
  mentionAt: Int32Array;
  /** Every trigger of the article, in text order. */
  triggers: readonly PhraseMatch<TriggerValue>[];
  /** 1 for each token inside a verbal trigger. */
  verbAt: Uint8Array;
}

export interface PlacedMention {
  mention: EntityMention;
  /** Tokens [firstToken, endToken) the mention covers (a token with a glued suffix counts whole). */
  firstToken: number;
  endToken: number;
}

/** Index of the first token that starts at or after `offset` (tokens.length when none). */
export function tokenIndexAt(tokens: readonly WordToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the token that contains `offset`, or the first after it. */
function tokenContaining(tokens: readonly WordToken[], offset: number): number {
  const index = tokenIndexAt(tokens, offset);
  const previous = tokens[index - 1];
  return previous && previous.end > offset ? index - 1 : index;
}

function byStart<T>(matches: readonly PhraseMatch<T>[]): Map<number, PhraseMatch<T>> {
  return new Map(matches.map((match) => [match.start, match]));
}

/** Folded forms of tokens seen so far: news vocabulary repeats, and folding is the costliest step per token. */
const foldedTokens = new Map<string, string>();
/** Bound on the cache, so a long-running process over open-ended text keeps its memory flat. */
const FOLD_CACHE_LIMIT = 200_000;

export function foldToken(text: string): string {
  let folded = foldedTokens.get(text);
  if (folded === undefined) {
    if (foldedTokens.size >= FOLD_CACHE_LIMIT) foldedTokens.clear();
    folded = foldForMatch(text);
    foldedTokens.set(text, folded);
  }
  return folded;
}

/** Index of the first mention starting at or after token `token`. */
export function firstMentionFrom(view: Pick<ArticleView, 'mentions'>, token: number): number {
  let low = 0;
  let high = view.mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (view.mentions[middle]!.firstToken < token) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The mention covering a token, if any. */
export function mentionCovering(view: ArticleView, token: number): PlacedMention | undefined {
  const index = token >= 0 && token < view.mentionAt.length ? view.mentionAt[token]! : -1;
  return index >= 0 ? view.mentions[index] : undefined;
}

export function buildArticleView(text: string, lexicon: EventLexicon, mentions: readonly EntityMention[]): ArticleView {
  const tokens = tokenizeWords(text);
  const folded = tokens.map((token) => foldToken(token.text));
  const placed = [...mentions]
    .filter((mention) => mention.start >= 0 && mention.end <= text.length && mention.end > mention.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((mention) => ({ mention, firstToken: tokenContaining(tokens, mention.start), endToken: tokenIndexAt(tokens, mention.end) }))
    .filter((entry) => entry.endToken > entry.firstToken);
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  placed.forEach((entry, index) => {
    for (let t = entry.firstToken; t < entry.endToken; t += 1) if (mentionAt[t] === -1) mentionAt[t] = index;
  });
  const triggers = lexicon.triggers.matchAll(folded);
  const verbAt = new Uint8Array(tokens.length);
  for (const trigger of triggers) if (trigger.value.form === 'verbal') verbAt.fill(1, trigger.start, trigger.end);
  return {
    text,
    lexicon,
    triggers,
    verbAt,
    tokens,
    folded,
    sentences: splitSentences(text, tokens),
    markerAt: byStart(lexicon.markers.matchAll(folded)),
    roleAt: byStart(lexicon.roles.matchAll(folded)),
    mentions: placed,
    mentionAt,
  };
}

/** Whether a token is a word (letters or digits), not punctuation. */
export const isWordToken = (token: WordToken | undefined): boolean => token?.word ?? false;
