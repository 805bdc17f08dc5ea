/** Recognises the entities of stored articles and links them to the store's entities. */
import type { Article } from '../core/article.js';
import type { EntityMention } from '../core/entity.js';
import { groupDocuments, lookupKeysFor, planEntityLinks } from '../pipeline/entities/identity/plan-entity-links.js';
import { recognizeEntities } from '../pipeline/entities/recognize/recognize-entities.js';
import type { ArticleStore } from '../store/article-store.js';

export interface ArticleToIndex {
  documentId: string;
  article: Pick<Article, 'title' | 'paragraphs' | 'language'>;
}

/** One article's recognised mentions and the stored entity each linked one points to (by start offset). */
export interface IndexedDocument {
  mentions: EntityMention[];
  entityIdAt: Map<number, string>;
}

/**
 * Finds, links and stores the entities of stored articles (replacing any they
 * had): one candidate lookup and one transaction for the whole batch. Returns
 * each article's mentions with their links, for the stages that read them next.
 */
export async function indexArticleEntities(store: ArticleStore, articles: ArticleToIndex[]): Promise<Map<string, IndexedDocument>> {
  if (articles.length === 0) return new Map();
  const recognized = articles.map(({ documentId, article }) => ({
    documentId,
    mentions: recognizeEntities({ title: article.title, paragraphs: article.paragraphs, language: article.language }),
  }));
  const grouped = groupDocuments(recognized);
  const candidates = await store.findEntitiesByKeys(lookupKeysFor(grouped));
  const plan = planEntityLinks(grouped, candidates);
  await store.saveEntityMentions(plan.entities, plan.documents);
  const linked = new Map(plan.documents.map((document) => [document.documentId, new Map(document.mentions.map((mention) => [mention.start, mention.entityId]))]));
  return new Map(recognized.map(({ documentId, mentions }) => [documentId, { mentions, entityIdAt: linked.get(documentId) ?? new Map<number, string>() }]));
}
