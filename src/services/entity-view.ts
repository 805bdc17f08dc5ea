/** One entity as the faces show it: the store's record plus aliases grouped by script, mentions by day and its stories. */
import type { ArticleStore } from '../store/article-store.js';
import type { EntityDetail, EntitySummary } from '../store/entity-records.js';
import { findEntity } from './entity-queries.js';
import { listStorySummaries } from './story-queries.js';
import { storyCard, type StoryCard } from './story-listing.js';

export interface AliasGroup {
  script: string;
  language: string | null;
  aliases: { alias: string; mentions: number }[];
}

export interface EntityView extends EntityDetail {
  /** Other entities the query matched, when it was a name rather than an id. */
  otherMatches: EntitySummary[];
  /** Aliases by script, then language, most mentioned first. */
  aliasGroups: AliasGroup[];
  /** Mentions per publication day ("2020-10-10"), for a chart; undated articles are left out. */
  mentionsByDay: { day: string; mentions: number }[];
  /** Stories with an article that mentions the entity, newest first (at most `storyLimit`). */
  stories: StoryCard[];
  storiesTotal: number;
}

function groupAliases(entity: EntityDetail): AliasGroup[] {
  const groups = new Map<string, AliasGroup>();
  for (const alias of entity.aliases) {
    const key = `${alias.script}\u0000${alias.language ?? ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { script: alias.script, language: alias.language, aliases: [] }));
    group.aliases.push({ alias: alias.alias, mentions: alias.mentions });
  }
  for (const group of groups.values()) group.aliases.sort((a, b) => b.mentions - a.mentions || a.alias.localeCompare(b.alias));
  return [...groups.values()].sort((a, b) => a.script.localeCompare(b.script) || (a.language ?? '').localeCompare(b.language ?? ''));
}

function mentionsByDay(entity: EntityDetail): { day: string; mentions: number }[] {
  const days = new Map<string, number>();
  for (const article of entity.articles) {
    // Only dates known to the day: a year or month alone cannot be placed on a day axis.
    if (!article.published || article.published.length < 10) continue;
    const day = article.published.slice(0, 10);
    days.set(day, (days.get(day) ?? 0) + article.mentions);
  }
  return [...days].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, mentions]) => ({ day, mentions }));
}

/**
 * The entity with this id, else the best-covered one with this name or alias in any script; null when none.
 * @example await getEntityView(store, 'روحاني', { storyLimit: 20 })
 */
export async function getEntityView(store: ArticleStore, query: string, options: { storyLimit?: number; prefer?: string } = {}): Promise<EntityView | null> {
  const found = await findEntity(store, query);
  if (!found.entity) return null;
  const entity = found.entity;
  const stories = await listStorySummaries(store, { entityId: entity.id, sort: 'recent', limit: options.storyLimit ?? 20 }, options.prefer);
  return {
    ...entity,
    otherMatches: found.others,
    aliasGroups: groupAliases(entity),
    mentionsByDay: mentionsByDay(entity),
    stories: stories.stories.map(storyCard),
    storiesTotal: stories.total,
  };
}
