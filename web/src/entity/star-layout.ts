/**
 * Layout of the co-occurrence graph: the entity in the middle, the entities that appear in the same articles
 * around it, the most frequent first (clockwise from the top), each node sized by the number of shared articles.
 */

export interface GraphNeighbour {
  id: string;
  name: string;
  type: string;
  documents: number;
}

/** Longest label drawn in full; longer names are shortened (the full name is in the node's tooltip and the chip list). */
const MAX_LABEL = 22;

export function shortLabel(name: string): string {
  return name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1).trimEnd()}…` : name;
}

export interface PlacedNode extends GraphNeighbour {
  x: number;
  y: number;
  radius: number;
  /** Where the label sits relative to the node, so labels point away from the centre. */
  labelAnchor: 'start' | 'middle' | 'end';
  labelX: number;
  labelY: number;
}

export interface StarLayout {
  center: { x: number; y: number; radius: number };
  nodes: PlacedNode[];
}

export function starLayout(neighbours: readonly GraphNeighbour[], size: { width: number; height: number }, maxNodes = 16): StarLayout {
  const shown = [...neighbours].sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name)).slice(0, maxNodes);
  const cx = size.width / 2;
  const cy = size.height / 2;
  // Room for a label of MAX_LABEL characters on either side of the orbit.
  const orbit = Math.min(size.width * 0.27, size.height * 0.36);
  const most = Math.max(1, ...shown.map((node) => node.documents));
  const nodes = shown.map((node, index): PlacedNode => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(1, shown.length);
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const radius = 4 + 8 * Math.sqrt(node.documents / most);
    const x = cx + orbit * cos;
    const y = cy + orbit * sin;
    const labelAnchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const gap = radius + 5;
    return {
      ...node,
      x,
      y,
      radius,
      labelAnchor,
      labelX: x + gap * cos,
      // Labels above or below a node clear its circle; beside it they sit on its middle line.
      labelY: labelAnchor === 'middle' ? y + (sin < 0 ? -gap : gap + 8) : y + 4,
    };
  });
  return { center: { x: cx, y: cy, radius: 14 }, nodes };
}
