/** Recognises the entities of stored articles and links them to the store's entities. */
import type { Article } from '../core/article.js';
import { lookupKeysFor, planEntityLinks } from '../pipeline/entities/identity/plan-entity-links.js';
import { recognizeEntities } from '../pipeline/entities/recognize/recognize-entities.js';
import type { ArticleStore } from '../store/article-store.js';

/** Finds, links and stores the entities of one stored article (replacing any it had). */
export async function indexArticleEntities(store: ArticleStore, documentId: string, article: Pick<Article, 'title' | 'paragraphs' | 'language'>): Promise<number> {
  const mentions = recognizeEntities({ title: article.title, paragraphs: article.paragraphs, language: article.language });
  const candidates = await store.findEntitiesByKeys(lookupKeysFor(mentions));
  const plan = planEntityLinks(mentions, candidates);
  await store.saveEntityMentions(documentId, plan.entities, plan.mentions);
  return plan.mentions.length;
}
