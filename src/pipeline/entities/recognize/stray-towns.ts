/**
 * One geography per document: a small town linked by its name alone, in a
 * country the document names nowhere else, while the document's other places
 * agree on another country, is more likely a place the gazetteer lacks than a
 * town abroad. "Karlıova" in a report on Bingöl, Muş and Erzurum is the Turkish
 * district, not Karlovo in Bulgaria (whose Turkish name it also is), so the
 * link is dropped and the place keeps its written name.
 */
import { placeById } from '../../../gazetteer/index.js';
import { STRONG_CITY_POPULATION } from './place-lookup.js';
import type { Span } from './span.js';

/** Mentions of one other country (its places, demonyms and the country itself) that make it the document's. */
const AGREEING_MENTIONS = 2;

function isSmallTown(span: Span): boolean {
  if (span.type !== 'place' || !span.placeId || !/^\d+$/u.test(span.placeId) || span.strength > 1) return false;
  const place = placeById(span.placeId);
  return place?.kind === 'city' && (place.population ?? 0) < STRONG_CITY_POPULATION;
}

export function unlinkStrayTowns(spans: readonly Span[]): Span[] {
  const countries = new Map<string, number>();
  const places = new Map<string, number>();
  for (const span of spans) {
    if (span.type === 'place' && span.country) countries.set(span.country, (countries.get(span.country) ?? 0) + 1);
    if (span.placeId) places.set(span.placeId, (places.get(span.placeId) ?? 0) + 1);
  }
  return spans.map((span) => {
    if (!isSmallTown(span) || !span.country) return span;
    const own = countries.get(span.country) ?? 0;
    const sameName = places.get(span.placeId ?? '') ?? 0;
    // Its country named only by this town's own mentions, and another country's places all around.
    if (own > sameName || ![...countries.entries()].some(([country, count]) => country !== span.country && count >= AGREEING_MENTIONS)) return span;
    const { placeId: _placeId, country: _country, name: _name, ...rest } = span;
    return { ...rest, evidence: [...span.evidence, 'unlinked:other-country-around'] };
  });
}
