/**
 * The bundled world map (world-atlas, Natural Earth 1:110m countries), loaded on demand so pages without a map
 * do not download it, and turned into features keyed by ISO alpha-2.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import codes from 'i18n-iso-countries/codes.json';
import { mainCentroid, type AreaGeometry } from './projection.js';

export interface CountryShape {
  /** ISO alpha-2, or null for the few shapes Natural Earth gives no ISO number (Kosovo, N. Cyprus, Somaliland). */
  code: string | null;
  name: string;
  geometry: AreaGeometry;
}

export interface WorldMap {
  countries: CountryShape[];
  centroids: Map<string, { lon: number; lat: number }>;
}

/** ISO 3166-1 numeric ("643") → alpha-2 ("RU"). */
const alpha2ByNumeric = new Map((codes as string[][]).map((row) => [row[2] ?? '', row[0] ?? '']));

let cached: Promise<WorldMap> | null = null;

export function loadWorldMap(): Promise<WorldMap> {
  cached ??= import('world-atlas/countries-110m.json').then((module) => buildWorldMap(module.default as unknown as Topology));
  return cached;
}

function buildWorldMap(topology: Topology): WorldMap {
  const collection = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>);
  const countries: CountryShape[] = [];
  const centroids = new Map<string, { lon: number; lat: number }>();
  for (const country of collection.features) {
    const geometry = country.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) continue;
    const code = country.id !== undefined ? (alpha2ByNumeric.get(String(country.id)) ?? null) : null;
    const shape: CountryShape = { code, name: country.properties?.name ?? '', geometry: geometry as AreaGeometry };
    countries.push(shape);
    const centroid = code ? mainCentroid(shape.geometry) : null;
    if (code && centroid) centroids.set(code, centroid);
  }
  return { countries, centroids };
}
