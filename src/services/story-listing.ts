/** Story lists for the faces: the store's filters, with an entity given by name in any script or by id. */
import { NewsloomError } from '../core/errors.js';
import type { ArticleStore } from '../store/article-store.js';
import type { StoryFilter } from '../store/story-records.js';
import { findEntity } from './entity-queries.js';
import { listStorySummaries, type StorySummary } from './story-queries.js';

export interface StoryQuery extends Omit<StoryFilter, 'entityId'> {
  /** An entity id, or a name or alias in any script (the best-covered match is used). */
  entity?: string;
  /** Label each story with a headline in this language when it has one. */
  prefer?: string;
}

/** A story without its member list: what lists of stories on other pages (entity, search) show. */
export type StoryCard = Omit<StorySummary, 'members'>;

export function storyCard(summary: StorySummary): StoryCard {
  const { members: _members, ...card } = summary;
  return card;
}

/** The id of the entity a filter names; NOT_FOUND when nothing is called that. */
export async function entityIdFor(store: ArticleStore, entity: string): Promise<string> {
  const found = await findEntity(store, entity);
  if (!found.entity) throw new NewsloomError('NOT_FOUND', `no entity called or identified as "${entity}"`, entity);
  return found.entity.id;
}

/**
 * Stories matching the query, with the total that match, as `stories --json` prints them.
 * @example await findStories(store, { entity: 'روحاني', sort: 'size', limit: 10 })
 */
export async function findStories(store: ArticleStore, query: StoryQuery): Promise<{ total: number; stories: StorySummary[] }> {
  const { entity, prefer, ...filter } = query;
  const entityId = entity ? await entityIdFor(store, entity) : undefined;
  return listStorySummaries(store, { ...filter, entityId }, prefer);
}
