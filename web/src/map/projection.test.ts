import { describe, expect, it } from 'vitest';
import { areaPath, mainCentroid, worldProjection } from './projection.js';

describe('worldProjection', () => {
  const { width, height, project } = worldProjection(960);

  it('puts (0°, 0°) in the middle, east right of west and north above south', () => {
    const center = project(0, 0);
    expect(center.x).toBeCloseTo(width / 2);
    expect(center.y).toBeCloseTo(height / 2);
    expect(project(51.4, 35.7).x).toBeGreaterThan(project(-74, 40.7).x);
    expect(project(37.6, 55.8).y).toBeLessThan(project(31.2, 30.0).y);
  });

  it('keeps the whole world inside the box', () => {
    for (const [lon, lat] of [[-180, 0], [180, 0], [0, 90], [0, -90], [180, 90]] as const) {
      const point = project(lon, lat);
      expect(point.x).toBeGreaterThanOrEqual(-0.01);
      expect(point.x).toBeLessThanOrEqual(width + 0.01);
      expect(point.y).toBeGreaterThanOrEqual(-0.01);
      expect(point.y).toBeLessThanOrEqual(height + 0.01);
    }
  });
});

describe('areaPath', () => {
  const { project } = worldProjection(960);

  it('draws each ring as a closed sub-path', () => {
    const path = areaPath({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 0]]] }, project);
    expect(path.match(/M/g)).toHaveLength(1);
    expect(path.endsWith('Z')).toBe(true);
  });

  it('starts a new sub-path where a ring jumps across the antimeridian', () => {
    const path = areaPath({ type: 'Polygon', coordinates: [[[179, 65], [-179, 65], [-179, 66], [179, 66], [179, 65]]] }, project);
    expect(path.match(/M/g)!.length).toBeGreaterThan(1);
  });
});

describe('mainCentroid', () => {
  it('uses the largest polygon, not the average of every island', () => {
    const centroid = mainCentroid({
      type: 'MultiPolygon',
      coordinates: [
        [[[-55, 4], [-54, 4], [-54, 5], [-55, 4]]],
        [[[-5, 42], [8, 42], [8, 51], [-5, 51], [-5, 42]]],
      ],
    });
    expect(centroid!.lon).toBeCloseTo(1.5);
    expect(centroid!.lat).toBeCloseTo(46.5);
  });

  it('keeps the centroid of a ring that crosses the antimeridian on the side where most of it is', () => {
    const centroid = mainCentroid({
      type: 'Polygon',
      coordinates: [[[170, 60], [180, 60], [-170, 60], [-170, 70], [180, 70], [170, 70], [170, 60]]],
    });
    expect(Math.abs(centroid!.lon)).toBeGreaterThan(175);
    expect(centroid!.lat).toBeCloseTo(65);
  });
});
