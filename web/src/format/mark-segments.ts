/**
 * Splits a snippet into plain and matched parts from the offsets the search API gives, so matches can be
 * highlighted with elements holding text nodes (never by building HTML). Out-of-range or overlapping spans
 * from a misbehaving server are clipped or dropped rather than trusted.
 */

export interface Segment {
  text: string;
  marked: boolean;
}

export function markSegments(text: string, marks: readonly { start: number; end: number }[] = []): Segment[] {
  const spans = marks
    .map(({ start, end }) => ({ start: Math.max(0, Math.floor(start)), end: Math.min(text.length, Math.floor(end)) }))
    .filter(({ start, end }) => Number.isFinite(start) && Number.isFinite(end) && end > start)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), marked: false });
    segments.push({ text: text.slice(span.start, span.end), marked: true });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}
