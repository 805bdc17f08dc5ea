import type { EntityType } from '../../../core/entity.js';

/** A recognised name over tokens [start, end), with the characters it covers (clitics left out). */
export interface Span {
  start: number;
  end: number;
  charStart: number;
  charEnd: number;
  type: EntityType;
  evidence: string[];
  /** The fullest form of the name in the document, when known ("Rouhani" → "Hassan Rouhani"). */
  name?: string;
  placeId?: string;
  country?: string;
  demonym?: boolean;
  /**
   * How sure the type is: 3 known lists (notable names, agencies), 2 cue or
   * gazetteer evidence, 1 capitalisation alone, 0 a single unknown word kept only if the document confirms it.
   */
  strength: number;
}

/** Spans found left to right by `at`, each search starting after the last span found. */
export function scanSpans(tokenCount: number, at: (i: number) => Span | null): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokenCount; i += 1) {
    const span = at(i);
    if (!span) continue;
    spans.push(span);
    i = span.end - 1;
  }
  return spans;
}

export function overlaps(a: Pick<Span, 'charStart' | 'charEnd'>, b: Pick<Span, 'charStart' | 'charEnd'>): boolean {
  return a.charStart < b.charEnd && b.charStart < a.charEnd;
}

export function contains(outer: Pick<Span, 'charStart' | 'charEnd'>, inner: Pick<Span, 'charStart' | 'charEnd'>): boolean {
  return outer.charStart <= inner.charStart && inner.charEnd <= outer.charEnd;
}

/**
 * Keeps the stronger of overlapping spans (then the longer, then the earlier),
 * returned in text order. Linear in the text covered, whatever the number of spans.
 */
export function resolveOverlaps(spans: readonly Span[]): Span[] {
  const ranked = [...spans].sort(
    (a, b) => b.strength - a.strength || b.charEnd - b.charStart - (a.charEnd - a.charStart) || a.charStart - b.charStart,
  );
  let end = 0;
  for (const span of ranked) end = Math.max(end, span.charEnd);
  const covered = new Uint8Array(end);
  const kept: Span[] = [];
  for (const span of ranked) {
    if (covered.subarray(span.charStart, span.charEnd).includes(1)) continue;
    covered.fill(1, span.charStart, span.charEnd);
    kept.push(span);
  }
  return kept.sort((a, b) => a.charStart - b.charStart);
}
