/**
 * The entities that appear in the same articles as this one, as a graph around it: each node links to its
 * entity page (SVG links are focusable with the keyboard), its size and edge width grow with the number of
 * shared articles.
 */
import type { JSX } from 'preact';
import type { EntityDetail } from '../api/types.js';
import { shortLabel, starLayout } from '../entity/star-layout.js';
import { navigate } from '../routing/router.js';
import { entityHref } from './entity-chip.js';

const SIZE = { width: 720, height: 400 };

export function CooccurrenceGraph({ entity }: { entity: EntityDetail }): JSX.Element {
  if (entity.coOccurring.length === 0) return <p class="state empty">No other entity appears in the same articles.</p>;
  const { center, nodes } = starLayout(entity.coOccurring, SIZE);
  const most = Math.max(1, ...nodes.map((node) => node.documents));
  const follow = (event: MouseEvent, href: string): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="group" aria-labelledby="graph-caption" class="graph">
        {nodes.map((node) => (
          <line key={`edge-${node.id}`} x1={center.x} y1={center.y} x2={node.x} y2={node.y} class="edge" stroke-width={1 + 4 * (node.documents / most)} />
        ))}
        <circle cx={center.x} cy={center.y} r={center.radius} class={`node node-${entity.type} node-center`} />
        <text x={center.x} y={center.y + center.radius + 16} text-anchor="middle" class="node-label node-label-center">
          {entity.name}
        </text>
        {nodes.map((node) => {
          const href = entityHref(node.id);
          return (
            <a key={node.id} href={href} onClick={(event) => follow(event, href)} class="graph-link">
              <title>
                {node.name}: {node.documents} shared article{node.documents === 1 ? '' : 's'}
              </title>
              <circle cx={node.x} cy={node.y} r={node.radius} class={`node node-${node.type}`} />
              <text x={node.labelX} y={node.labelY} text-anchor={node.labelAnchor} class="node-label">
                {shortLabel(node.name)}
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption id="graph-caption">
        Entities mentioned in the same articles as {entity.name}
        {entity.coOccurring.length > nodes.length && ` (the ${nodes.length} most frequent of ${entity.coOccurring.length})`}
      </figcaption>
    </figure>
  );
}
