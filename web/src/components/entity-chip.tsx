/** An entity as a small labelled link to its page; the type is spelled out for screen readers and shown as a colour. */
import type { JSX } from 'preact';
import type { EntityType } from '../api/types.js';
import { Link } from '../routing/router.js';

export function entityHref(id: string): string {
  return `/entities/${encodeURIComponent(id)}`;
}

const TYPE_LABEL: Record<string, string> = { person: 'person', place: 'place', organization: 'organisation', other: 'other' };

export function EntityChip({ id, name, type, count }: { id: string; name: string; type: EntityType | string; count?: number }): JSX.Element {
  return (
    <Link href={entityHref(id)} class={`chip chip-${type}`} title={TYPE_LABEL[type] ?? type}>
      <span class="visually-hidden">{TYPE_LABEL[type] ?? type}: </span>
      <bdi>{name}</bdi>
      {count !== undefined && <span class="chip-count">{count}</span>}
    </Link>
  );
}

export function EntityChips({ entities, label }: { entities: readonly { id: string; name: string; type: EntityType | string }[]; label: string }): JSX.Element | null {
  if (entities.length === 0) return null;
  return (
    <ul class="chips" aria-label={label}>
      {entities.map((entity) => (
        <li key={entity.id}>
          <EntityChip id={entity.id} name={entity.name} type={entity.type} />
        </li>
      ))}
    </ul>
  );
}
