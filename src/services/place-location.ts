/**
 * Where a place entity is, for maps: its gazetteer coordinates and country.
 * Place entities are named after their gazetteer id ("place:RU",
 * "place:112931"); a region the gazetteer has no point for keeps its country.
 */
import { placeById } from '../gazetteer/index.js';

export interface PlaceLocation {
  lat: number | null;
  lon: number | null;
  /** ISO alpha-2 of the country the place is in (the country itself for a country). */
  country: string | null;
}

const PLACE_PREFIX = 'place:';

/** The location of a place entity, or null for any other entity or a place the gazetteer does not know. */
export function placeLocation(entityId: string): PlaceLocation | null {
  if (!entityId.startsWith(PLACE_PREFIX)) return null;
  const place = placeById(entityId.slice(PLACE_PREFIX.length));
  if (!place) return null;
  return { lat: place.lat ?? null, lon: place.lon ?? null, country: place.country || null };
}

/** The entity with its location fields added when it is a known place. */
export function withLocation<T extends { id: string }>(entity: T): T & Partial<PlaceLocation> {
  const location = placeLocation(entity.id);
  return location ? { ...entity, ...location } : entity;
}
