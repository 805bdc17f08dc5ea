/**
 * "Aulla , Bolano , Calice al Cornoviglio , Follo": in a WikiANN line that
 * lists places, a several-word name the recogniser took for a person (two or
 * three unknown capitalised words read as given name and surname) is one
 * more place. Complements typeListedPlaces (wikiann-lists.ts), which types
 * untyped one-word names the same way. Token-level entry only.
 */
import type { Token } from '../tokenize.js';
import type { TokenChunk } from './wikiann-conventions.js';

/** Separators between list items; a conjunction is left out, since "Paris et Jean Dupont" pairs unlike things. */
const ITEM_SEPARATOR = /^(?:,|;)$/u;

/** The chunk listed right before or after `chunk`, or null. */
function listedNeighbour(chunks: readonly TokenChunk[], k: number, step: -1 | 1, tokens: readonly Token[]): TokenChunk | null {
  const chunk = chunks[k]!;
  const other = chunks[k + step];
  if (!other) return null;
  const [a, b] = step === 1 ? [chunk, other] : [other, chunk];
  return b.start === a.end + 1 && ITEM_SEPARATOR.test(tokens[a.end]?.text ?? '') ? other : null;
}

/**
 * Retypes as places the person chunks of several words whose listed neighbours are all places (on WikiANN fr dev
 * most were Italian and Spanish communes in lists of neighbouring towns), and those of lists mostly of places.
 */
export function retypeListedPeopleAsPlaces(chunks: TokenChunk[], tokens: readonly Token[]): void {
  const people = chunks.flatMap((chunk, k) => (chunk.type === 'PER' && chunk.end - chunk.start > 1 ? [k] : []));
  const places: number[] = [];
  for (const k of people) {
    const neighbours = [listedNeighbour(chunks, k, -1, tokens), listedNeighbour(chunks, k, 1, tokens)].filter((n): n is TokenChunk => n !== null);
    if (neighbours.length > 0 && neighbours.every((n) => n.type === 'LOC')) places.push(k);
  }
  for (const k of places) chunks[k]!.type = 'LOC';
  retypeInPlaceLists(chunks, tokens);
}

/** Places must outnumber people in a list by this much before its people are taken for places. */
const PLACE_MAJORITY = 2;

/**
 * "Donato , Andrate , Sala Biellese , Montalto Dora , Ivrea": where two such names stand side by side neither has
 * only places around it; a list (chunks joined by commas) whose places outnumber its people by two or more makes
 * its several-word people places too.
 */
function retypeInPlaceLists(chunks: TokenChunk[], tokens: readonly Token[]): void {
  let first = 0;
  for (let k = 1; k <= chunks.length; k += 1) {
    if (k < chunks.length && listedNeighbour(chunks, k, -1, tokens)) continue;
    const items = chunks.slice(first, k);
    const places = items.filter((chunk) => chunk.type === 'LOC').length;
    const people = items.filter((chunk) => chunk.type === 'PER').length;
    if (places - people >= PLACE_MAJORITY) for (const chunk of items) if (chunk.type === 'PER' && chunk.end - chunk.start > 1) chunk.type = 'LOC';
    first = k;
  }
}
