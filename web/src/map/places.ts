/**
 * Which of a story's (or a search's) entities can go on the map, and where. A place with coordinates from the
 * gazetteer is drawn where it is; a country without them is drawn at its main centroid from the bundled map;
 * a city or region whose country is known is drawn at that country's centroid and marked approximate;
 * anything else is listed beside the map rather than guessed.
 */
import type { EntityRef } from '../api/types.js';

export interface MapPlace {
  id: string;
  name: string;
  lon: number;
  lat: number;
  /** How prominent the place is in what is shown (entity weight or number of stories): the dot's size. */
  weight: number;
  /** ISO alpha-2 of the country the place is in, when known: that country is shaded. */
  country: string | null;
  /** Drawn at its country's centroid because its own coordinates are not known: shown as a hollow dot. */
  approximate: boolean;
}

export interface PlacedEntities {
  placed: MapPlace[];
  /** Places the map cannot position (no coordinates, not a country). */
  unplaced: EntityRef[];
}

export type CountryCentroids = ReadonlyMap<string, { lon: number; lat: number }>;

/** The ISO alpha-2 code a country entity is stored under ("place:RU" → "RU"), else null. */
export function countryCodeOf(entity: EntityRef): string | null {
  const match = /^place:([A-Z]{2})$/.exec(entity.id);
  return match ? match[1]! : null;
}

function hasCoordinates(entity: EntityRef): entity is EntityRef & { lat: number; lon: number } {
  return typeof entity.lat === 'number' && typeof entity.lon === 'number' && Number.isFinite(entity.lat) && Number.isFinite(entity.lon);
}

/** Places from entity references; the same place listed twice (two stories) adds up its weight. */
export function placeEntities(entities: readonly EntityRef[], centroids: CountryCentroids): PlacedEntities {
  const placed = new Map<string, MapPlace>();
  const unplaced = new Map<string, EntityRef>();
  for (const entity of entities) {
    if (entity.type !== 'place') continue;
    const weight = entity.weight ?? 1;
    const existing = placed.get(entity.id);
    if (existing) {
      existing.weight += weight;
      continue;
    }
    const code = countryCodeOf(entity);
    const country = entity.country ?? code;
    // Exact coordinates; else a country at its centroid; else a place inside a known country, approximately there.
    const exact = hasCoordinates(entity) ? { lon: entity.lon, lat: entity.lat } : code ? centroids.get(code) : undefined;
    const position = exact ?? (country ? centroids.get(country) : undefined);
    if (position) {
      placed.set(entity.id, { id: entity.id, name: entity.name, lon: position.lon, lat: position.lat, weight, country, approximate: !exact });
      unplaced.delete(entity.id);
    } else unplaced.set(entity.id, entity);
  }
  return { placed: [...placed.values()].sort((a, b) => b.weight - a.weight), unplaced: [...unplaced.values()] };
}

/** Dot radius in SVG units: grows with the square root of weight (area ∝ weight), within readable bounds. */
export function dotRadius(weight: number, maxWeight: number): number {
  if (maxWeight <= 0) return 4;
  return 3 + 6 * Math.sqrt(Math.max(0, weight) / maxWeight);
}
