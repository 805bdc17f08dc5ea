/**
 * "Lyon , Vénissieux et Bron", "Amalfi , Ravello , Scala":
 * WikiANN has many lines that list neighbouring places. A one-word name the
 * recogniser could not type (MISC), listed right next to a place, is a place
 * too. Token-level entry only (see wikiann-conventions.ts).
 */
import type { Token } from '../tokenize.js';
import type { TokenChunk } from './wikiann-conventions.js';

/** A list separator between two items: a comma, a semicolon, or a coordinating conjunction. */
const LIST_SEPARATOR = /^(?:,|;|and|et|und|e|y|en|ou|or|oder)$/u;

function listedNextTo(a: TokenChunk, b: TokenChunk, tokens: readonly Token[]): boolean {
  return b.start === a.end + 1 && LIST_SEPARATOR.test(tokens[a.end]?.text ?? '');
}

const SIDE_PREPOSITION = /^(?:im|in|au|à|to)$/iu;
const COMPASS = /^(?:l['’])?(?:nord|süd|sud|ost|west|est|ouest|north|south|east)/iu;

/** Whether the tokens from `at` say on which side something lies ("im Nordosten", "au sud-est", "à l'est", "to the north"). */
function compassAfter(tokens: readonly Token[], at: number): boolean {
  if (!SIDE_PREPOSITION.test(tokens[at]?.text ?? '')) return false;
  const next = tokens[at + 1]?.text === 'the' ? at + 2 : at + 1;
  return COMPASS.test(tokens[next]?.text ?? '');
}

/** Types one-word MISC chunks listed next to a place as places, spreading along the list both ways. */
export function typeListedPlaces(chunks: TokenChunk[], tokens: readonly Token[]): void {
  const unknown = (chunk: TokenChunk | undefined): chunk is TokenChunk => chunk !== undefined && chunk.type === 'MISC' && chunk.end - chunk.start === 1;
  // "Lindau im Norden , Wangen im Osten", "Bron au sud": a neighbour named with the side it lies on is a place.
  for (const chunk of chunks) {
    if (unknown(chunk) && compassAfter(tokens, chunk.end)) chunk.type = 'LOC';
  }
  // "Lindau ( 412 )": a name with a bracketed number (inhabitants, height, a distance) is a place in a list.
  for (const chunk of chunks) {
    if (unknown(chunk) && tokens[chunk.end]?.text === '(' && /^\d+$/u.test(tokens[chunk.end + 1]?.text ?? '') && tokens[chunk.end + 2]?.text === ')') chunk.type = 'LOC';
  }
  for (let k = 1; k < chunks.length; k += 1) {
    const [a, b] = [chunks[k - 1]!, chunks[k]!];
    if (a.type === 'LOC' && unknown(b) && listedNextTo(a, b, tokens)) b.type = 'LOC';
  }
  for (let k = chunks.length - 2; k >= 0; k -= 1) {
    const [a, b] = [chunks[k]!, chunks[k + 1]!];
    if (b.type === 'LOC' && unknown(a) && listedNextTo(a, b, tokens)) a.type = 'LOC';
  }
}

/**
 * "' '' Lindau '' '": a line that is one capitalised word and nothing else (a bold list item) and that the
 * recogniser left untyped is a place more often than anything else (WikiANN en/de/fr dev: about 2 in 3).
 */
export function loneWordPlace(tokens: readonly Token[]): TokenChunk | null {
  const words = tokens.flatMap((token, i) => (/[\p{L}\p{N}]/u.test(token.text) ? [i] : []));
  if (words.length !== 1) return null;
  const i = words[0]!;
  return /^\P{L}*\p{Lu}\p{L}{2,}/u.test(tokens[i]!.text) ? { type: 'LOC', start: i, end: i + 1 } : null;
}

const OPENING_QUOTE = /^(?:``|''|"|„|“|«)$/u;
const CLOSING_QUOTE = /^(?:''|"|“|”|»)$/u;
const MAX_TITLE_TOKENS = 8;
/** Lower-case words a title in title case keeps ("How to Love", "Peace of Mind", "Stand by Me"). */
const TITLE_FUNCTION_WORD = /^(?:a|an|the|of|to|in|on|for|by|and|or|at|with|from|de|la|le|les|du|des|et|à|der|die|das|und|von|im|am|zu|'s|n't|'re|'ll|'m|'d)$/u;

/**
 * "`` Ask for More ''", "'' The Long Road ''": titles of songs, albums, films and shows are quoted or set in
 * italics in Wikipedia text, and WikiANN links them as ORG. A quoted stretch in title case that no typed name
 * already covers becomes one ORG chunk; typed names inside it (MISC and ORG) give way.
 */
export function quotedTitles(chunks: readonly TokenChunk[], tokens: readonly Token[]): TokenChunk[] {
  const found: TokenChunk[] = [];
  for (let open = 0; open < tokens.length; open += 1) {
    if (!OPENING_QUOTE.test(tokens[open]!.text)) continue;
    let close = open + 1;
    while (close < tokens.length && close <= open + MAX_TITLE_TOKENS && !CLOSING_QUOTE.test(tokens[close]!.text)) close += 1;
    if (close >= tokens.length || close > open + MAX_TITLE_TOKENS || close - open < 3) continue;
    const inner = tokens.slice(open + 1, close).map((token) => token.text);
    const titleCase = /^\p{Lu}/u.test(inner[0]!) && inner.every((text) => /^\p{Lu}/u.test(text) || /^\p{N}/u.test(text) || TITLE_FUNCTION_WORD.test(text) || /^[-–:,'!?.&]$/u.test(text));
    const blocked = chunks.some((chunk) => chunk.type !== 'MISC' && chunk.type !== 'ORG' && chunk.start < close && open + 1 < chunk.end);
    if (titleCase && !blocked) found.push({ type: 'ORG', start: open + 1, end: close });
    open = close;
  }
  if (found.length === 0) return [...chunks];
  const kept = chunks.filter((chunk) => !found.some((title) => chunk.start < title.end && title.start < chunk.end));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}
