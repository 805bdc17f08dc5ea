/** Recognises the entities of stored articles and links them to the store's entities. */
import type { Article } from '../core/article.js';
import { groupDocuments, lookupKeysFor, planEntityLinks } from '../pipeline/entities/identity/plan-entity-links.js';
import { recognizeEntities } from '../pipeline/entities/recognize/recognize-entities.js';
import type { ArticleStore } from '../store/article-store.js';

export interface ArticleToIndex {
  documentId: string;
  article: Pick<Article, 'title' | 'paragraphs' | 'language'>;
}

/**
 * Finds, links and stores the entities of stored articles (replacing any they
 * had): one candidate lookup and one transaction for the whole batch.
 */
export async function indexArticleEntities(store: ArticleStore, articles: ArticleToIndex[]): Promise<number> {
  if (articles.length === 0) return 0;
  const recognized = articles.map(({ documentId, article }) => ({
    documentId,
    mentions: recognizeEntities({ title: article.title, paragraphs: article.paragraphs, language: article.language }),
  }));
  const grouped = groupDocuments(recognized);
  const candidates = await store.findEntitiesByKeys(lookupKeysFor(grouped));
  const plan = planEntityLinks(grouped, candidates);
  await store.saveEntityMentions(plan.entities, plan.documents);
  return plan.documents.reduce((sum, document) => sum + document.mentions.length, 0);
}
