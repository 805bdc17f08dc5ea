/**
 * The Natural Earth I projection (Šavrič, Patterson, Jenny 2011; the polynomial d3-geo uses) and SVG paths for
 * GeoJSON polygons. Written here because the map needs only this one projection and a path builder, not a
 * geography library.
 */

export interface Point {
  x: number;
  y: number;
}

export type Position = readonly number[];
export type PolygonCoordinates = readonly (readonly Position[])[];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: PolygonCoordinates;
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: readonly PolygonCoordinates[];
}

export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

const RADIANS = Math.PI / 180;

function naturalEarth(lambda: number, phi: number): [number, number] {
  const phi2 = phi * phi;
  const phi4 = phi2 * phi2;
  return [
    lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4))),
    phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4))),
  ];
}

const [HALF_WIDTH] = naturalEarth(Math.PI, 0);
const [, HALF_HEIGHT] = naturalEarth(0, Math.PI / 2);

/** Width / height of the whole world in this projection (≈ 1.92). */
export const WORLD_ASPECT = HALF_WIDTH / HALF_HEIGHT;

/** A projection of the whole world onto a `width`-wide box (its height follows from the aspect). */
export function worldProjection(width: number): { width: number; height: number; project: (lon: number, lat: number) => Point } {
  const scale = width / (2 * HALF_WIDTH);
  const height = 2 * HALF_HEIGHT * scale;
  return {
    width,
    height,
    project(lon: number, lat: number): Point {
      const clampedLat = Math.max(-90, Math.min(90, lat));
      const [x, y] = naturalEarth(lon * RADIANS, clampedLat * RADIANS);
      return { x: (x + HALF_WIDTH) * scale, y: (HALF_HEIGHT - y) * scale };
    },
  };
}

function round(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}

/**
 * An SVG path for a polygon or multipolygon. A ring that jumps across the antimeridian (consecutive longitudes
 * more than 180° apart) starts a new sub-path there instead of drawing a line across the whole map.
 */
export function areaPath(geometry: AreaGeometry, project: (lon: number, lat: number) => Point): string {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const parts: string[] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      let previousLon: number | null = null;
      ring.forEach((position, index) => {
        const lon = position[0] ?? 0;
        const lat = position[1] ?? 0;
        const point = project(lon, lat);
        const jump = previousLon !== null && Math.abs(lon - previousLon) > 180;
        parts.push(`${index === 0 || jump ? 'M' : 'L'}${round(point.x)},${round(point.y)}`);
        previousLon = lon;
      });
      parts.push('Z');
    }
  }
  return parts.join('');
}

/** True when consecutive points of the ring are more than 180° of longitude apart: it crosses the antimeridian. */
function crossesAntimeridian(ring: readonly Position[]): boolean {
  return ring.some((position, i) => i > 0 && Math.abs((position[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180);
}

/**
 * Signed planar area and centroid of a ring in longitude/latitude (shoelace formula). A ring that crosses the
 * antimeridian (Russia's mainland reaches past 180° to Chukotka) is measured with western longitudes moved
 * east by 360°, so its centroid is not dragged across the whole map.
 */
function ringCentroid(ring: readonly Position[]): { area: number; lon: number; lat: number } {
  const unwrap = crossesAntimeridian(ring);
  const points = ring.map((position) => {
    const lon = position[0] ?? 0;
    return [unwrap && lon < 0 ? lon + 360 : lon, position[1] ?? 0] as const;
  });
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[(i + 1) % points.length]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (area === 0) {
    const [lon, lat] = points[0] ?? [0, 0];
    return { area: 0, lon, lat };
  }
  const lon = cx / (3 * area);
  return { area: area / 2, lon: lon > 180 ? lon - 360 : lon, lat: cy / (3 * area) };
}

/**
 * A representative point of a country: the centroid of its largest polygon's outer ring (so France's point
 * is in Europe, not pulled toward its overseas departments).
 */
export function mainCentroid(geometry: AreaGeometry): { lon: number; lat: number } | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: { area: number; lon: number; lat: number } | null = null;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer || outer.length < 3) continue;
    const centroid = ringCentroid(outer);
    if (!best || Math.abs(centroid.area) > Math.abs(best.area)) best = centroid;
  }
  return best ? { lon: best.lon, lat: best.lat } : null;
}
