/** Re-runs the current pipeline over stored raw documents, replacing their extraction. */
import { describeError } from '../core/errors.js';
import { PIPELINE_VERSION } from '../pipeline/run-pipeline.js';
import type { ArticleStore, ArticleUpdate } from '../store/article-store.js';
import { indexArticleEntities } from './entity-service.js';
import { storeArticleEvents, storyDatesFor } from './event-service.js';
import { reclusterStore } from './story-service.js';
import { prepareDocument } from './prepare-document.js';
import { loadSiteBoilerplate } from './site-boilerplate.js';
import { siteKeyOf } from '../core/site-key.js';

export interface ReprocessSummary {
  documents: number;
  updated: number;
  skippedCurrent: number;
  failed: number;
  failures: { id: string; reason: string }[];
}

export interface ReprocessOptions {
  /** Only documents extracted by an older pipeline version. */
  staleOnly?: boolean;
  batchSize?: number;
  onProgress?(done: number): void;
}

export async function reprocessStore(store: ArticleStore, options: ReprocessOptions = {}): Promise<ReprocessSummary> {
  const summary: ReprocessSummary = { documents: 0, updated: 0, skippedCurrent: 0, failed: 0, failures: [] };
  const batchSize = options.batchSize ?? 200;
  let cursor = 0;
  for (;;) {
    const page = await store.listRawDocuments(cursor, batchSize);
    if (page.documents.length === 0) break;
    cursor = page.cursor;
    const updates: ArticleUpdate[] = [];
    const isCurrent = (stored: { pipelineVersion: number }) => options.staleOnly === true && stored.pipelineVersion >= PIPELINE_VERSION;
    const learned = await loadSiteBoilerplate(store, page.documents.filter((stored) => !isCurrent(stored)).map((stored) => siteKeyOf(stored.raw)));
    for (const stored of page.documents) {
      summary.documents += 1;
      if (isCurrent(stored)) {
        summary.skippedCurrent += 1;
        continue;
      }
      try {
        const prepared = prepareDocument(stored.raw, { siteBoilerplate: learned.get(siteKeyOf(stored.raw)) });
        updates.push({ id: stored.id, article: prepared.article, charset: prepared.charset, textHash: prepared.textHash, pipelineVersion: prepared.pipelineVersion });
      } catch (error) {
        summary.failed += 1;
        summary.failures.push({ id: stored.id, reason: describeError(error) });
      }
    }
    await store.updateArticles(updates);
    const articles = updates.map((update) => ({ documentId: update.id, article: update.article }));
    const indexed = await indexArticleEntities(store, articles);
    // Undated articles date their events from the story they were in; the re-clustering below rarely moves them.
    await storeArticleEvents(store, articles, indexed, await storyDatesFor(store, articles));
    summary.updated += updates.length;
    options.onProgress?.(summary.documents);
  }
  // Stories rest on the extracted text and entities: rebuild them when any article changed.
  if (summary.updated > 0) await reclusterStore(store);
  return summary;
}
