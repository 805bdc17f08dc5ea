/** One stored article with what the rest of the store knows about it: its story, copies and entities. */
import type { StoredArticle } from '../core/article.js';
import type { EntityType } from '../core/entity.js';
import type { ArticleStore } from '../store/article-store.js';
import { outletName } from './outlet-name.js';
import { storySummariesByIds } from './story-queries.js';

export interface ArticleEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Mentions of the entity in this article. */
  mentions: number;
}

export interface ArticleDetail extends StoredArticle {
  outlet: string;
  story: { id: string; label: string | null } | null;
  /** For a copy: the article it copies, and how (exact, reprint, update). */
  duplicateOf: string | null;
  relation: string | null;
  /** Copies of this article stored from other outlets or captures. */
  copies: { id: string; relation: string | null; outlet: string }[];
  /** Entities mentioned, most mentioned first. */
  entities: ArticleEntity[];
}

/** The story a document belongs to, or null while it is unclustered. */
async function storyOf(store: ArticleStore, documentId: string): Promise<string | null> {
  const working = await store.loadStoryWorkingSet({ keys: [], keysAnyTime: [], countKeys: [], documentIds: [documentId], perKey: 0, activeSinceMs: null });
  return working.storyOfDocument.get(documentId) ?? null;
}

async function entitiesOf(store: ArticleStore, documentId: string): Promise<ArticleEntity[]> {
  const mentions = (await store.documentMentions([documentId])).get(documentId) ?? [];
  const counts = new Map<string, number>();
  for (const mention of mentions) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  const names = await store.entityNames([...counts.keys()]);
  return names
    .map((entity) => ({ id: entity.id, name: entity.name, type: entity.type, mentions: counts.get(entity.id) ?? 0 }))
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/**
 * The article with this id or unique id prefix, or null; a malformed or
 * ambiguous id is a BAD_ARGUMENT or AMBIGUOUS_ID error.
 */
export async function getArticleDetail(store: ArticleStore, id: string): Promise<ArticleDetail | null> {
  const article = await store.getArticle(id);
  if (!article) return null;
  const storyId = await storyOf(store, article.id);
  const [story] = storyId ? await storySummariesByIds(store, [storyId]) : [];
  const member = story?.members.find((m) => m.id === article.id);
  return {
    ...article,
    outlet: outletName(article),
    story: story ? { id: story.id, label: story.label } : null,
    duplicateOf: member?.duplicateOf ?? null,
    relation: member?.relation ?? null,
    copies: (story?.members ?? []).filter((m) => m.duplicateOf === article.id).map((m) => ({ id: m.id, relation: m.relation, outlet: m.outlet })),
    entities: await entitiesOf(store, article.id),
  };
}
