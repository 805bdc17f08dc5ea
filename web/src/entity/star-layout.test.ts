import { describe, expect, it } from 'vitest';
import { shortLabel, starLayout } from './star-layout.js';

describe('starLayout', () => {
  const size = { width: 600, height: 400 };
  const neighbours = Array.from({ length: 20 }, (_, i) => ({ id: `e${i}`, name: `Entity ${i}`, type: 'place', documents: 20 - i }));

  it('keeps the most frequent neighbours, the first at the top, all inside the box', () => {
    const { center, nodes } = starLayout(neighbours, size, 8);
    expect(nodes.map((node) => node.id)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
    expect(nodes[0]!.x).toBeCloseTo(center.x);
    expect(nodes[0]!.y).toBeLessThan(center.y);
    for (const node of nodes) {
      expect(node.x).toBeGreaterThan(0);
      expect(node.x).toBeLessThan(size.width);
      expect(node.y).toBeGreaterThan(0);
      expect(node.y).toBeLessThan(size.height);
    }
    expect(nodes[0]!.radius).toBeGreaterThan(nodes[7]!.radius);
  });

  it('puts labels on the outer side of their node', () => {
    const { center, nodes } = starLayout(neighbours.slice(0, 4), size);
    const right = nodes.find((node) => node.x > center.x + 1)!;
    const left = nodes.find((node) => node.x < center.x - 1)!;
    expect([right.labelAnchor, left.labelAnchor]).toEqual(['start', 'end']);
  });
});

describe('shortLabel', () => {
  it('shortens long names only', () => {
    expect(shortLabel('Iran')).toBe('Iran');
    expect(shortLabel('Organization for Security and Cooperation in Europe')).toBe('Organization for Secu…');
  });
});
