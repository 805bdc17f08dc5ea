/**
 * Matches lexicon phrases (the syntax in src/lang/event-vocabulary.ts) against an article's folded
 * tokens: exact words, stems ending in `*`, and `…` gaps. Phrases are compiled once per language into
 * a trie, so matching costs one map lookup per token plus a short list of stems sharing its first letters.
 */
import { foldForMatch } from '../../lang/match-fold.js';

/** Most words a `…` gap may span: a subject with title, name and a time phrase ("أجرى الرئيس الأذربيجاني إلهام علييف، اليوم الخميس، اتصالاً"). */
const MAX_GAP_WORDS = 8;
/** Stems are looked up by their first letters; the lexicon test keeps every stem at least this long. */
export const STEM_KEY_LENGTH = 3;
const GAP = '…';
/** Tokens a gap never crosses: a phrase stays inside one sentence. */
const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', ';', '؛']);

interface TrieNode<T> {
  exact: Map<string, TrieNode<T>>;
  /** Stem children, keyed by the stem's first STEM_KEY_LENGTH letters. */
  stems: Map<string, { stem: string; node: TrieNode<T> }[]>;
  gap: TrieNode<T> | null;
  values: T[];
}

export interface PhraseMatch<T> {
  /** Token indexes: the match covers tokens [start, end). */
  start: number;
  end: number;
  value: T;
}

export interface PhraseEntry<T> {
  phrase: string;
  value: T;
}

const newNode = <T>(): TrieNode<T> => ({ exact: new Map(), stems: new Map(), gap: null, values: [] });

/** Splits a lexicon phrase into folded words; `*` and `…` survive folding. */
export function phraseWords(phrase: string): string[] {
  return foldForMatch(phrase).split(' ').filter((word) => word !== '');
}

function child<T>(node: TrieNode<T>, word: string): TrieNode<T> {
  if (word === GAP) return (node.gap ??= newNode());
  if (word.endsWith('*')) {
    const stem = word.slice(0, -1);
    const key = stem.slice(0, STEM_KEY_LENGTH);
    const list = node.stems.get(key) ?? [];
    node.stems.set(key, list);
    const found = list.find((entry) => entry.stem === stem);
    if (found) return found.node;
    const created = newNode<T>();
    list.push({ stem, node: created });
    return created;
  }
  let next = node.exact.get(word);
  if (!next) node.exact.set(word, (next = newNode()));
  return next;
}

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = newNode();
  /** Glued prefixes tried off a phrase's first word, longest first ("وال", "و", "l'"). */
  private readonly gluedPrefixes: readonly string[];

  constructor(entries: Iterable<PhraseEntry<T>>, gluedPrefixes: readonly string[] = []) {
    this.gluedPrefixes = gluedPrefixes.map(foldForMatch);
    for (const { phrase, value } of entries) {
      const words = phraseWords(phrase);
      if (words.length === 0) continue;
      let node = this.root;
      for (const word of words) node = child(node, word);
      node.values.push(value);
    }
  }

  /**
   * Every phrase that starts at token `start` and ends before `limit`, longest first.
   * @example new PhraseMatcher([{ phrase: 'held talks', value: 1 }]).matchAt(['they', 'held', 'talks'], 1, 3) // [{ start: 1, end: 3, value: 1 }]
   */
  matchAt(tokens: readonly string[], start: number, limit: number): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    const first = tokens[start];
    if (first === undefined || start >= limit) return found;
    this.step(this.root, first, tokens, start, limit, start, found);
    for (const prefix of this.gluedPrefixes) {
      if (first.length > prefix.length + 1 && first.startsWith(prefix)) this.step(this.root, first.slice(prefix.length), tokens, start, limit, start, found);
    }
    return found.length > 1 ? found.sort((a, b) => b.end - a.end) : found;
  }

  /** Every match in tokens [from, to), longest at each start, overlaps removed in favour of the longer and earlier. */
  matchAll(tokens: readonly string[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const all: PhraseMatch<T>[] = [];
    for (let i = from; i < to; i += 1) for (const match of this.matchAt(tokens, i, to)) all.push(match);
    return removeOverlaps(all);
  }

  /** Consumes one token `word` at index `at` from `node`'s children, then continues from `at + 1`. */
  private step(node: TrieNode<T>, word: string, tokens: readonly string[], at: number, limit: number, start: number, found: PhraseMatch<T>[]): void {
    const exact = node.exact.get(word);
    if (exact) this.continueFrom(exact, tokens, at + 1, limit, start, found);
    if (node.stems.size === 0 || word.length < STEM_KEY_LENGTH) return;
    const stems = node.stems.get(word.slice(0, STEM_KEY_LENGTH));
    if (stems) for (const { stem, node: next } of stems) if (word.startsWith(stem)) this.continueFrom(next, tokens, at + 1, limit, start, found);
  }

  private continueFrom(node: TrieNode<T>, tokens: readonly string[], at: number, limit: number, start: number, found: PhraseMatch<T>[]): void {
    for (const value of node.values) found.push({ start, end: at, value });
    if (at < limit) {
      const word = tokens[at];
      if (word !== undefined && (node.exact.size > 0 || node.stems.size > 0)) this.step(node, word, tokens, at, limit, start, found);
    }
    if (!node.gap) return;
    // A gap: the next word of the phrase may come after up to MAX_GAP_WORDS words (punctuation is free).
    let words = 0;
    for (let next = at; next < limit && words <= MAX_GAP_WORDS; next += 1) {
      const token = tokens[next]!;
      if (SENTENCE_END.has(token)) return;
      this.step(node.gap, token, tokens, next, limit, start, found);
      if (/[\p{L}\p{N}]/u.test(token)) words += 1;
    }
  }
}

/** Keeps the longest match where matches overlap (the earlier one on a tie), in text order. */
export function removeOverlaps<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: PhraseMatch<T>[] = [];
  for (const match of sorted) {
    if (taken.some((other) => match.start < other.end && other.start < match.end)) continue;
    taken.push(match);
  }
  return taken.sort((a, b) => a.start - b.start);
}
