/**
 * Search for the faces: full text in every language (folded, see
 * `searchWords`) plus the entities the query names in any script, with
 * filters, results grouped by story.
 */
import { NewsloomError } from '../core/errors.js';
import type { ArticleStore } from '../store/article-store.js';
import type { ArticleSearchHit } from '../store/search-records.js';
import { searchWords } from '../store/search-text.js';
import { outletName } from './outlet-name.js';
import { entitiesNamedBy, type NamedEntity } from './query-entities.js';
import { snippetFor, type Snippet } from './search-snippet.js';
import { entityIdFor, storyCard, type StoryCard } from './story-listing.js';
import { storySummariesByIds } from './story-queries.js';

export interface SearchQuery {
  q: string;
  /** Only articles that mention this entity (id, or a name in any script). */
  entity?: string;
  language?: string;
  since?: string;
  until?: string;
  /** Story groups per page. */
  limit: number;
  offset: number;
  /** Label stories with a headline in this language when they have one. */
  prefer?: string;
}

export interface SearchHitView {
  id: string;
  title: string | null;
  language: string | null;
  published: string | null;
  outlet: string;
  /** Where the article matched; null for an article with no text. */
  snippet: string | null;
  /** Matched spans of `snippet` (offsets, end exclusive). */
  marks: Snippet['marks'];
  matchedBy: ('text' | 'entity')[];
}

export interface SearchGroup {
  /** The story of these articles; null for an article not (yet) in a story. */
  story: StoryCard | null;
  /** Articles of the group that matched. */
  matches: number;
  /** The best of them, at most MAX_ARTICLES_PER_GROUP. */
  articles: SearchHitView[];
}

export interface SearchResult {
  query: string;
  /** The folded words looked for. */
  words: string[];
  /** Entities the query names: their articles match in any language. */
  entities: NamedEntity[];
  /** Articles that matched (at most MAX_HITS are considered). */
  total: number;
  /** Story groups those articles make. */
  totalGroups: number;
  /** True when more than MAX_HITS articles matched: narrow the query or add filters. */
  truncated: boolean;
  offset: number;
  limit: number;
  groups: SearchGroup[];
}

/** Most articles one search considers; beyond this, a person needs a narrower query, not more pages. */
export const MAX_HITS = 1000;
const MAX_ARTICLES_PER_GROUP = 10;

interface Group {
  storyId: string | null;
  hits: ArticleSearchHit[];
}

/** Hits grouped by story, in the order each story first appears (best hit first). */
function groupByStory(hits: ArticleSearchHit[]): Group[] {
  const groups = new Map<string, Group>();
  for (const hit of hits) {
    const key = hit.storyId ?? `article:${hit.documentId}`;
    const group = groups.get(key);
    if (group) group.hits.push(hit);
    else groups.set(key, { storyId: hit.storyId, hits: [hit] });
  }
  return [...groups.values()];
}

/**
 * Searches articles and groups them by story.
 * @example await searchStories(store, { q: 'روحاني', limit: 20, offset: 0 })
 */
export async function searchStories(store: ArticleStore, query: SearchQuery): Promise<SearchResult> {
  const words = searchWords(query.q);
  const named = await entitiesNamedBy(store, query.q);
  if (words.length === 0 && named.groups.length === 0) throw new NewsloomError('BAD_ARGUMENT', 'the query has no words to search for', query.q);
  const entityId = query.entity ? await entityIdFor(store, query.entity) : undefined;
  const hits = await store.searchArticles({
    text: query.q,
    entityGroups: named.groups,
    entityId,
    language: query.language,
    since: query.since,
    until: query.until,
    limit: MAX_HITS + 1,
  });
  const truncated = hits.length > MAX_HITS;
  const kept = hits.slice(0, MAX_HITS);
  const groups = groupByStory(kept);
  const page = groups.slice(query.offset, query.offset + query.limit);

  const storyIds = page.flatMap((group) => (group.storyId ? [group.storyId] : []));
  const stories = new Map((await storySummariesByIds(store, storyIds, query.prefer)).map((summary) => [summary.id, storyCard(summary)]));
  const shown = page.flatMap((group) => group.hits.slice(0, MAX_ARTICLES_PER_GROUP));
  const articles = new Map((await store.getArticles(shown.map((hit) => hit.documentId))).map((article) => [article.id, article]));
  const needles = [...words, ...named.aliases];

  return {
    query: query.q,
    words,
    entities: named.entities,
    total: kept.length,
    totalGroups: groups.length,
    truncated,
    offset: query.offset,
    limit: query.limit,
    groups: page.map((group) => ({
      story: group.storyId ? (stories.get(group.storyId) ?? null) : null,
      matches: group.hits.length,
      articles: group.hits.slice(0, MAX_ARTICLES_PER_GROUP).flatMap((hit): SearchHitView[] => {
        const article = articles.get(hit.documentId);
        if (!article) return [];
        const snippet = snippetFor([article.title ?? '', ...article.paragraphs], needles);
        return [
          {
            id: article.id,
            title: article.title,
            language: article.language,
            published: article.published?.value ?? null,
            outlet: outletName(article),
            snippet: snippet?.text ?? null,
            marks: snippet?.marks ?? [],
            matchedBy: [...(hit.matchedText ? ['text' as const] : []), ...(hit.matchedEntity ? ['entity' as const] : [])],
          },
        ];
      }),
    })),
  };
}
