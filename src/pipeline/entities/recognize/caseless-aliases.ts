/**
 * The other name a caseless text gives a name it has found, after an alias marker of the pack: "محمد حمدان دقلو
 * المعروف باسم حميدتي". Nothing else marks the second name in a script without capitals, so one or two name words
 * right after the marker, where the name closes, are taken as the same entity (corefer.ts links names on both
 * sides of a marker when both are found; here the second is found from the first).
 */
import { aliasMarkerEnd, canBeNameWord, closesAt, joinedAnd } from './caseless-words.js';
import type { RecognitionContext } from './context.js';
import { makeSpan } from './make-span.js';
import type { Span } from './span.js';

/** Most words of an alias: a nickname or a nom de guerre ("أبو محمد الجولاني" is taken by its particle elsewhere). */
const MAX_ALIAS_WORDS = 2;

/** The alias after `span`, or null: the marker right after it, then name words up to where the name closes. */
function aliasAfter(context: RecognitionContext, span: Span, taken: ReadonlySet<number>): Span | null {
  const start = aliasMarkerEnd(context, span.end);
  if (start === span.end || taken.has(start)) return null;
  for (let end = start + 1; end <= start + MAX_ALIAS_WORDS; end += 1) {
    if (!canBeNameWord(context, end - 1) || (end - 1 > start && joinedAnd(context, end - 1))) return null;
    if (closesAt(context, end)) {
      const name = span.name ?? context.text.slice(span.charStart, span.charEnd);
      return makeSpan(context, start, end, span.type, ['alias-of-previous'], span.strength, { name, placeId: span.placeId, country: span.country });
    }
  }
  return null;
}

/** `spans` (in text order, no overlaps) with the aliases they are given added, in text order. */
export function caselessAliases(context: RecognitionContext, spans: readonly Span[]): Span[] {
  if (context.resources.aliasMarkers.size === 0) return [...spans];
  const taken = new Set(spans.map((span) => span.start));
  const out: Span[] = [];
  for (const span of spans) {
    out.push(span);
    if (span.demonym) continue;
    const alias = aliasAfter(context, span, taken);
    if (alias) out.push(alias);
  }
  return out;
}
