/**
 * Ingestion: read every input, run the pipeline, store in transactional
 * batches. Bad inputs are reported and skipped; everything else is stored.
 * A crash loses at most the batch being written, never a committed one.
 */
import type { Config } from '../core/config.js';
import { describeError, type ErrorCode } from '../core/errors.js';
import { planInputs, readUnit } from '../ingest/index.js';
import type { RawDocument } from '../core/raw-document.js';
import type { Fetcher, InputUnit } from '../ingest/types.js';
import type { PipelineContext } from '../pipeline/run-pipeline.js';
import type { ArticleStore, NewDocument, SaveStatus, SiteLines } from '../store/article-store.js';
import { indexArticleEntities } from './entity-service.js';
import { clusterArticles } from './story-service.js';
import { storeArticleEvents, storyDatesFor } from './event-service.js';
import { prepareBatch, prepareDocument } from './prepare-document.js';
import { readerContext } from './reader-context.js';
import { loadSiteBoilerplate } from './site-boilerplate.js';
import { siteKeyOf } from '../core/site-key.js';


export interface IngestProblem {
  subject: string;
  code?: ErrorCode;
  reason: string;
}

export interface IngestSummary {
  inputs: number;
  documents: number;
  new: number;
  unchanged: number;
  newVersions: number;
  failed: number;
  skipped: number;
  failures: IngestProblem[];
  skippedItems: IngestProblem[];
  /** Ids of the documents stored or matched, in input order. */
  ids: string[];
}

/** Hooks for progress display; all optional. */
export interface IngestObserver {
  onPlanned?(units: InputUnit[]): void;
  onUnitDone?(unit: InputUnit, summary: IngestSummary): void;
  onFailure?(problem: IngestProblem): void;
  onSkipped?(problem: IngestProblem): void;
}

export interface IngestOptions {
  config: Config;
  fetcher?: Fetcher;
  observer?: IngestObserver;
  now?: () => Date;
}

/**
 * Prepares a batch together (so year-less dates can use the others' years);
 * if that throws, which only a bug can cause, each document is prepared alone
 * so one bad document cannot lose the rest.
 */
function prepareSafely(raws: RawDocument[], contexts: PipelineContext[]): (NewDocument | { error: string })[] {
  try {
    return prepareBatch(raws, contexts);
  } catch {
    return raws.map((raw, i) => {
      try {
        return prepareDocument(raw, contexts[i]);
      } catch (error) {
        return { error: describeError(error) };
      }
    });
  }
}

const STATUS_FIELD: Record<SaveStatus, 'new' | 'unchanged' | 'newVersions'> = { new: 'new', unchanged: 'unchanged', 'new-version': 'newVersions' };

export async function ingestInputs(store: ArticleStore, inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  const { config, observer } = options;
  const summary: IngestSummary = { inputs: inputs.length, documents: 0, new: 0, unchanged: 0, newVersions: 0, failed: 0, skipped: 0, failures: [], skippedItems: [], ids: [] };
  const context = readerContext(config, options.fetcher, options.now);

  const fail = (problem: IngestProblem): void => {
    summary.failed += 1;
    summary.failures.push(problem);
    observer?.onFailure?.(problem);
  };

  let pending: { raw: RawDocument; subject: string }[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const raws = pending.map((item) => item.raw);
    const sites = raws.map(siteKeyOf);
    const learned = await loadSiteBoilerplate(store, sites);
    const prepared = prepareSafely(raws, sites.map((site) => ({ siteBoilerplate: learned.get(site) })));
    const storable: NewDocument[] = [];
    const storableSites: string[] = [];
    prepared.forEach((result, i) => {
      const subject = pending[i]?.subject ?? '';
      if ('error' in result) fail({ subject, reason: `extraction failed: ${result.error}` });
      else if (result.article.paragraphs.length === 0) fail({ subject, code: 'NO_ARTICLE', reason: 'no article text found' });
      else {
        storable.push(result);
        storableSites.push(sites[i] ?? '');
      }
    });
    pending = [];
    const outcomes = await store.saveBatch(storable);
    const siteLines: SiteLines[] = [];
    outcomes.forEach((outcome, i) => {
      summary[STATUS_FIELD[outcome.status]] += 1;
      summary.ids.push(outcome.status === 'unchanged' && outcome.relatedId ? outcome.relatedId : outcome.id);
      // Only newly stored documents count, so ingesting the same page twice cannot make its lines look common.
      const lines = storable[i]?.siteLines;
      if (outcome.status !== 'unchanged' && lines?.length) siteLines.push({ site: storableSites[i] ?? '', lineKeys: lines });
    });
    if (siteLines.length) await store.recordSiteLines(siteLines);
    // Entities after the articles are committed: a failure here never loses an article, and `reprocess` can redo it.
    const stored = outcomes.flatMap((outcome, i) =>
      outcome.status !== 'unchanged' && storable[i] ? [{ documentId: outcome.id, article: storable[i].article, previousVersionId: outcome.status === 'new-version' ? outcome.relatedId : null }] : [],
    );
    const indexed = await indexArticleEntities(store, stored);
    // Stories next: they read the entities just linked. A failure here leaves articles unclustered, which `recluster` repairs.
    await clusterArticles(store, stored);
    // Events last: they name the entities, and an undated article dates them from its story.
    await storeArticleEvents(store, stored, indexed, await storyDatesFor(store, stored));
  };

  const plan = await planInputs(inputs);
  observer?.onPlanned?.(plan.units);
  for (const event of plan.events) if (event.type === 'failure') fail({ subject: event.subject, code: event.code, reason: event.reason });

  for (const unit of plan.units) {
    for await (const event of readUnit(unit, context)) {
      if (event.type === 'failure') {
        fail({ subject: event.subject, code: event.code, reason: event.reason });
      } else if (event.type === 'skipped') {
        summary.skipped += 1;
        summary.skippedItems.push({ subject: event.subject, reason: event.reason });
        observer?.onSkipped?.({ subject: event.subject, reason: event.reason });
      } else {
        const subject = event.document.origin.locator ? `${event.document.origin.source}#${event.document.origin.locator}` : event.document.origin.source;
        summary.documents += 1;
        pending.push({ raw: event.document, subject });
        if (pending.length >= config.batchSize) await flush();
      }
    }
    observer?.onUnitDone?.(unit, summary);
  }
  await flush();
  return summary;
}
