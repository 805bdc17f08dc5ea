/**
 * Cue phrases ("Foreign Minister", "وزير الخارجية", "le ministre") compiled
 * once per language into an index from the folded first word to the phrases
 * that start with it, longest first, so the longest phrase wins.
 */
import { foldForMatch } from '../../../lang/match-fold.js';
import type { Word } from './words.js';

export type CueKind = 'personTitle' | 'organization' | 'place' | 'other';

export interface CuePhrase {
  readonly kind: CueKind;
  /** The phrase as the pack writes it (used in evidence). */
  readonly text: string;
  /** Folded words of the phrase. */
  readonly words: readonly string[];
}

export interface CueIndex {
  readonly byFirst: ReadonlyMap<string, readonly CuePhrase[]>;
  /** Phrases by the stem of their first word, for languages whose nouns take case endings. */
  readonly byStem: ReadonlyMap<string, readonly CuePhrase[]> | null;
  /** Every folded word of every phrase: such words are never name tokens on their own in caseless text. */
  readonly allWords: ReadonlySet<string>;
  readonly inflecting: boolean;
  /** One-word organisation words by folded form, matched at the end of compounds; null where words are not compounded. */
  readonly compoundHeads: ReadonlyMap<string, CuePhrase> | null;
}

export interface CueMatch {
  readonly phrase: CuePhrase;
  /** Token indexes [start, end). */
  readonly start: number;
  readonly end: number;
  /** Character offset where the phrase starts (after a clitic joined to its first word). */
  readonly charStart: number;
}

/** Splits a phrase into folded words; a dot is dropped ("Dr." is matched as "Dr"). */
function phraseWords(phrase: string): string[] {
  return foldForMatch(phrase)
    .split(/[\s.]+/u)
    .filter(Boolean);
}

/** Letters a case ending may add after a stem («президент|ом», "Präsident|en", «глав|ой»). */
const MAX_ENDING = 3;
const MIN_STEM = 4;

/** A word without its final vowel, the part case endings attach to («глава» → «глав»). */
export function stemOf(word: string): string {
  return word.length > MIN_STEM ? word.replace(/[аяоеиыьйуюієїaeiouäöüy]$/u, '') : word;
}

/** Whether `written` is `listed` or `listed` with a case ending (only for inflecting languages). */
export function sameWord(written: string, listed: string, inflecting: boolean): boolean {
  if (written === listed) return true;
  if (!inflecting || listed.length < MIN_STEM) return false;
  const stem = stemOf(listed);
  return written.startsWith(stem) && written.length - stem.length <= MAX_ENDING;
}

/** Shortest organisation word looked for at the end of a compound ("…gericht", "…verband", "Bundes|liga", "Reichs|bahn"). */
const MIN_COMPOUND_HEAD = 4;

export function compileCues(lists: readonly { kind: CueKind; phrases: readonly string[] }[], inflecting = false, compounding = false): CueIndex {
  const byFirst = new Map<string, CuePhrase[]>();
  const allWords = new Set<string>();
  for (const { kind, phrases } of lists) {
    for (const text of phrases) {
      const words = phraseWords(text);
      const first = words[0];
      if (!first) continue;
      for (const word of words) allWords.add(word);
      let list = byFirst.get(first);
      if (!list) byFirst.set(first, (list = []));
      if (!list.some((phrase) => phrase.kind === kind && phrase.words.join(' ') === words.join(' '))) list.push({ kind, text, words });
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  let byStem: Map<string, CuePhrase[]> | null = null;
  if (inflecting) {
    byStem = new Map();
    for (const [first, list] of byFirst) {
      if (first.length < MIN_STEM) continue;
      const stem = stemOf(first);
      byStem.set(stem, [...(byStem.get(stem) ?? []), ...list].sort((a, b) => b.words.length - a.words.length));
    }
  }
  let compoundHeads: Map<string, CuePhrase> | null = null;
  if (compounding) {
    compoundHeads = new Map();
    for (const list of byFirst.values()) {
      for (const phrase of list) if (phrase.kind === 'organization' && phrase.words.length === 1 && (phrase.words[0]?.length ?? 0) >= MIN_COMPOUND_HEAD) compoundHeads.set(phrase.words[0]!, phrase);
    }
  }
  return { byFirst, byStem, allWords, inflecting, compoundHeads };
}

/**
 * The longest cue phrase starting at word `index` (its first word may carry a
 * joined clitic: "والرئيس" matches "الرئيس"); null when none does. Phrase words
 * must be consecutive word tokens, with a dot allowed after each ("Dr. Rouhani").
 */
export function matchCueAt(index: CueIndex, words: readonly Word[], at: number, kinds?: ReadonlySet<CueKind>): CueMatch | null {
  const first = words[at];
  if (!first?.isWord) return null;
  for (const form of first.forms) {
    const match = matchFrom(index, index.byFirst.get(form.folded), words, at, kinds, form.start);
    if (match) return match;
  }
  const folded = first.folded;
  if (index.compoundHeads && first.capitalized) {
    for (let cut = 3; cut <= folded.length - MIN_COMPOUND_HEAD; cut += 1) {
      const head = index.compoundHeads.get(folded.slice(cut)) ?? (index.inflecting ? index.compoundHeads.get(stemOf(folded.slice(cut))) : undefined);
      if (head) return { phrase: head, start: at, end: at + 1, charStart: first.token.start };
    }
  }
  if (!index.byStem) return null;
  for (let cut = 0; cut <= MAX_ENDING && folded.length - cut >= MIN_STEM - 1; cut += 1) {
    const candidates = index.byStem.get(folded.slice(0, folded.length - cut))?.filter((phrase) => sameWord(folded, phrase.words[0] ?? '', true));
    const match = matchFrom(index, candidates, words, at, kinds, first.token.start);
    if (match) return match;
  }
  return null;
}

function matchFrom(index: CueIndex, candidates: readonly CuePhrase[] | undefined, words: readonly Word[], at: number, kinds: ReadonlySet<CueKind> | undefined, charStart: number): CueMatch | null {
  for (const phrase of candidates ?? []) {
    if (kinds && !kinds.has(phrase.kind)) continue;
    const end = matchRest(phrase, words, at + 1, index.inflecting);
    if (end !== null) return { phrase, start: at, end, charStart };
  }
  return null;
}

function matchRest(phrase: CuePhrase, words: readonly Word[], from: number, inflecting: boolean): number | null {
  let position = from;
  for (let k = 1; k < phrase.words.length; k += 1) {
    if (words[position]?.token.text === '.') position += 1;
    const word = words[position];
    if (!word?.isWord || !sameWord(word.folded, phrase.words[k] ?? '', inflecting)) return null;
    position += 1;
  }
  return position;
}
