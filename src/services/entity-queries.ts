/** Entity lookups for the faces (CLI, API): search by any alias in any script. */
import type { EntityType } from '../core/entity.js';
import { foldName } from '../pipeline/entities/identity/entity-keys.js';
import type { ArticleStore } from '../store/article-store.js';
import type { EntityDetail, EntitySummary } from '../store/entity-records.js';

export function searchEntities(store: ArticleStore, query: { search?: string; type?: EntityType; limit?: number; offset?: number }): Promise<EntitySummary[]> {
  return store.listEntities({ type: query.type, search: query.search ? foldName(query.search) : undefined, limit: query.limit, offset: query.offset });
}

/** The entity with this id, else the best-covered entity with this name or alias (others that match are returned too). */
export async function findEntity(store: ArticleStore, query: string): Promise<{ entity: EntityDetail | null; others: EntitySummary[] }> {
  const byId = await store.getEntity(query);
  if (byId) return { entity: byId, others: [] };
  const folded = foldName(query);
  const matches = await store.listEntities({ search: folded, limit: 20 });
  const exact = matches.filter((m) => foldName(m.name) === folded);
  const best = exact[0] ?? matches[0];
  if (!best) return { entity: null, others: [] };
  return { entity: await store.getEntity(best.id), others: matches.filter((m) => m.id !== best.id).slice(0, 5) };
}
