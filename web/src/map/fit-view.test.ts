import { describe, expect, it } from 'vitest';
import { fitView } from './fit-view.js';

const world = { width: 960, height: 500 };

describe('fitView', () => {
  it('shows the whole world when there is nothing to frame or the places span it', () => {
    expect(fitView([], world)).toEqual({ x: 0, y: 0, ...world });
    expect(fitView([{ x: 10, y: 250 }, { x: 950, y: 250 }], world)).toEqual({ x: 0, y: 0, ...world });
  });

  it('frames close places in a region-sized view with the map aspect, inside the world', () => {
    const view = fitView([{ x: 600, y: 150 }, { x: 620, y: 170 }], world);
    expect(view.width).toBeCloseTo(960 * 0.22);
    expect(view.width / view.height).toBeCloseTo(960 / 500);
    expect(view.x).toBeLessThan(600);
    expect(view.x + view.width).toBeGreaterThan(620);
    expect(view.y).toBeLessThan(150);
    expect(view.y + view.height).toBeGreaterThan(170);
  });

  it('slides a view at the edge of the world back inside it', () => {
    const view = fitView([{ x: 955, y: 5 }], world);
    expect(view.x + view.width).toBeCloseTo(960);
    expect(view.y).toBe(0);
  });
});
