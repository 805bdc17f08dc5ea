/**
 * How WikiANN draws entity boundaries, which follow Wikipedia article titles
 * rather than news usage: "Sioux Falls, South Dakota" is one place, "John Van
 * Reenen (economist)" one person, "Dale Earnhardt, Jr." one person. Applied
 * by the token-level entry only; `recognizeEntities` keeps the parts apart.
 */
import type { Token } from '../tokenize.js';
import type { Span } from './span.js';

export interface TokenChunk {
  type: string;
  /** Token indexes [start, end). */
  start: number;
  end: number;
  /** Place id of a place chunk's last part, to tell a region or country from a town. */
  placeId?: string;
}

const SUFFIX = /^(?:Jr|Sr|II|III|IV)$/u;

function isRegionOrCountry(chunk: TokenChunk): boolean {
  return chunk.type === 'LOC' && chunk.placeId !== undefined && !/^\d+$/u.test(chunk.placeId);
}

/** Extends and joins chunks the way WikiANN's annotation does. */
export function applyWikiannConventions(chunks: TokenChunk[], tokens: readonly Token[]): TokenChunk[] {
  const out: TokenChunk[] = [];
  for (const chunk of chunks) {
    const previous = out[out.length - 1];
    if (previous && previous.type === 'LOC' && !isRegionOrCountry(previous) && isRegionOrCountry(chunk) && chunk.start === previous.end + 1 && tokens[previous.end]?.text === ',') {
      previous.end = chunk.end;
      previous.placeId = chunk.placeId;
      continue;
    }
    out.push({ ...chunk });
  }
  for (const chunk of out) {
    // "( economist )", "( magazine )": a lower-case qualifier in brackets.
    if (tokens[chunk.end]?.text === '(') {
      let k = chunk.end + 1;
      while (k < tokens.length && k < chunk.end + 4 && /^\p{Ll}+$/u.test(tokens[k]!.text)) k += 1;
      if (k > chunk.end + 1 && tokens[k]?.text === ')') chunk.end = k + 1;
    }
    if (chunk.type === 'PER' && tokens[chunk.end]?.text === ',' && SUFFIX.test(tokens[chunk.end + 1]?.text ?? '')) {
      chunk.end += tokens[chunk.end + 2]?.text === '.' ? 3 : 2;
    }
  }
  return out;
}

export function spanChunk(span: Span, tokens: readonly Token[], type: string): TokenChunk | null {
  const covered: number[] = [];
  tokens.forEach((token, i) => {
    if (token.start < span.charEnd && span.charStart < token.end) covered.push(i);
  });
  if (covered.length === 0) return null;
  const chunk: TokenChunk = { type, start: covered[0]!, end: covered[covered.length - 1]! + 1 };
  if (span.placeId) chunk.placeId = span.placeId;
  return chunk;
}
