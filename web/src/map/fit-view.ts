/**
 * The part of the world map to show: the box around the places with a margin, widened to the map's aspect
 * ratio and never smaller than a region (so one city does not fill the screen), kept inside the world.
 */
import type { Point } from './projection.js';

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Smallest view, as a share of the world's width: about the Caucasus with its neighbours. */
const MIN_SHARE = 0.22;
/** Margin around the places, as a share of the view. */
const MARGIN = 0.2;

export function fitView(points: readonly Point[], world: { width: number; height: number }): ViewBox {
  const whole = { x: 0, y: 0, width: world.width, height: world.height };
  if (points.length === 0) return whole;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const aspect = world.width / world.height;
  let width = (Math.max(...xs) - Math.min(...xs)) * (1 + 2 * MARGIN);
  let height = (Math.max(...ys) - Math.min(...ys)) * (1 + 2 * MARGIN);
  width = Math.max(width, height * aspect, world.width * MIN_SHARE);
  height = width / aspect;
  if (width >= world.width) return whole;
  const centerX = (Math.max(...xs) + Math.min(...xs)) / 2;
  const centerY = (Math.max(...ys) + Math.min(...ys)) / 2;
  const x = Math.min(Math.max(0, centerX - width / 2), world.width - width);
  const y = Math.min(Math.max(0, centerY - height / 2), world.height - height);
  return { x, y, width, height };
}
