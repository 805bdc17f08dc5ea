/**
 * "Bundesstraße 4", "Europastraße 85", "S-Bahnlinie 7", "Parlamentswahl 2010": a road, line or election
 * named by a compound and its number. The recogniser drops the compound alone as a common noun, but
 * WikiANN links the numbered title (to the road's or the election's article) and tags it ORG. The words
 * come from the pack's `numberedNameWords`, matched whole or as the end of a compound. Token-level entry
 * only (see wikiann-conventions.ts).
 */
import { foldForMatch } from '../../../lang/match-fold.js';
import type { Token } from '../tokenize.js';
import { resourcesFor } from './resources.js';
import type { TokenChunk } from './wikiann-conventions.js';

const NUMBER = /^\d{1,4}$/u;
const CAPITALISED = /^\p{Lu}/u;
/** Shortest numbered word matched at the end of a compound ("S-Bahn|linie", "Parlaments|wahl"). */
const MIN_TAIL = 4;

function numberedWord(words: ReadonlySet<string>, folded: string): boolean {
  if (words.has(folded)) return true;
  for (let cut = 1; cut <= folded.length - MIN_TAIL; cut += 1) if (words.has(folded.slice(cut))) return true;
  return false;
}

/** Adds an ORG chunk for each numbered title no typed chunk covers; the chunks come back sorted. */
export function addNumberedTitles(chunks: readonly TokenChunk[], tokens: readonly Token[], language: string | null): TokenChunk[] {
  const words = resourcesFor(language).numberedNameWords;
  if (words.size === 0) return [...chunks];
  const covered = new Set<number>();
  // An untyped (MISC) chunk gives way: the compound alone is what the recogniser could not type.
  for (const chunk of chunks) if (chunk.type !== 'MISC') for (let i = chunk.start; i < chunk.end; i += 1) covered.add(i);
  const found: TokenChunk[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const text = tokens[i]!.text;
    if (covered.has(i) || covered.has(i + 1) || !CAPITALISED.test(text) || !NUMBER.test(tokens[i + 1]!.text)) continue;
    if (numberedWord(words, foldForMatch(text))) found.push({ type: 'ORG', start: i, end: i + 2 });
  }
  if (found.length === 0) return [...chunks];
  const kept = chunks.filter((chunk) => chunk.type !== 'MISC' || !found.some((title) => chunk.start < title.end && title.start < chunk.end));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}
