/**
 * Figures edited in place between two versions of a text: "killing at least
 * 14 people" in one and "killing at least 23 people" in the other. A word
 * counts as changed when the two words on each side of it are the same in
 * both texts and a figure stands between them in each, but not the same one.
 * Reprints copy the body verbatim and differ in whole lines (boilerplate, an
 * appended note), so they have none; updates of a developing story do.
 */
import { fmix32, hashRun } from './hash32.js';
import { isFigure } from './match-words.js';
import { hashWords } from './shingles.js';

export interface ChangedFigure {
  from: string;
  to: string;
}

/** Words on each side of a position that must match for it to count as the same place in both texts. */
const CONTEXT = 2;
const MAX_REPORTED = 20;

/** Words of a text by position, with their hashes (`hashWords`); `word` may tokenise lazily. */
export interface WordSequence {
  hashes: Uint32Array;
  word(index: number): string;
}

/** Hash of the two words before and the two after position i (the caller keeps i inside the text). */
function contextHash(wordHashes: Uint32Array, i: number): number {
  return fmix32(Math.imul(hashRun(wordHashes, i - CONTEXT, CONTEXT), 0x9e3779b1) ^ hashRun(wordHashes, i + 1, CONTEXT));
}

/** `findChangedFigures` on word sequences; reads words only where a replacement is found. */
export function changedFiguresBetween(before: WordSequence, after: WordSequence): ChangedFigure[] {
  // Context hash -> positions in `after` with that context.
  const positions = new Map<number, number[]>();
  for (let i = CONTEXT; i + CONTEXT < after.hashes.length; i += 1) {
    const key = contextHash(after.hashes, i);
    const list = positions.get(key);
    if (list) list.push(i);
    else positions.set(key, [i]);
  }
  const changes = new Map<string, ChangedFigure>();
  for (let i = CONTEXT; i + CONTEXT < before.hashes.length && changes.size < MAX_REPORTED; i += 1) {
    const places = positions.get(contextHash(before.hashes, i));
    if (!places || places.some((j) => after.hashes[j] === before.hashes[i])) continue;
    const word = before.word(i);
    const replacement = isFigure(word) ? places.map((j) => after.word(j)).find(isFigure) : undefined;
    if (replacement !== undefined) changes.set(`${word}\u0000${replacement}`, { from: word, to: replacement });
  }
  return [...changes.values()];
}

/**
 * Figures of `before` replaced in `after` (words from `matchWords`), each pair once, at most 20.
 * @example findChangedFigures(matchWords('killing at least 14 people and'), matchWords('killing at least 23 people and')) // [{ from: '14', to: '23' }]
 */
export function findChangedFigures(before: readonly string[], after: readonly string[]): ChangedFigure[] {
  const sequence = (words: readonly string[]): WordSequence => ({ hashes: hashWords(words), word: (i) => words[i] as string });
  return changedFiguresBetween(sequence(before), sequence(after));
}
