/**
 * Ingestion: read every input, run the pipeline, store in transactional
 * batches. Bad inputs are reported and skipped; everything else is stored.
 * A crash loses at most the batch being written, never a committed one.
 */
import type { Config } from '../core/config.js';
import { describeError, type ErrorCode } from '../core/errors.js';
import { planInputs, readUnit } from '../ingest/index.js';
import { createHttpFetcher } from '../ingest/fetch-url.js';
import type { Fetcher, InputUnit } from '../ingest/types.js';
import type { ArticleStore, NewDocument, SaveStatus } from '../store/article-store.js';
import { prepareDocument } from './prepare-document.js';

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

const STATUS_FIELD: Record<SaveStatus, 'new' | 'unchanged' | 'newVersions'> = { new: 'new', unchanged: 'unchanged', 'new-version': 'newVersions' };

export async function ingestInputs(store: ArticleStore, inputs: string[], options: IngestOptions): Promise<IngestSummary> {
  const { config, observer } = options;
  const summary: IngestSummary = { inputs: inputs.length, documents: 0, new: 0, unchanged: 0, newVersions: 0, failed: 0, skipped: 0, failures: [], skippedItems: [], ids: [] };
  const fetcher = options.fetcher ?? createHttpFetcher({ timeoutMs: config.fetchTimeoutMs, maxBytes: config.maxDocumentBytes });
  const context = {
    limits: { maxDocumentBytes: config.maxDocumentBytes, maxContainerBytes: config.maxContainerBytes },
    fetcher,
    fetchLinkedPages: config.fetchLinkedPages,
    now: options.now ?? (() => new Date()),
  };

  const fail = (problem: IngestProblem): void => {
    summary.failed += 1;
    summary.failures.push(problem);
    observer?.onFailure?.(problem);
  };

  let batch: NewDocument[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const outcomes = await store.saveBatch(batch);
    batch = [];
    for (const outcome of outcomes) {
      summary[STATUS_FIELD[outcome.status]] += 1;
      summary.ids.push(outcome.status === 'unchanged' && outcome.relatedId ? outcome.relatedId : outcome.id);
    }
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
        let prepared: NewDocument;
        try {
          prepared = prepareDocument(event.document);
        } catch (error) {
          // The pipeline declines with values, so an exception here is a bug; report it against the input rather than lose the run.
          fail({ subject, reason: `extraction failed: ${describeError(error)}` });
          continue;
        }
        if (prepared.article.paragraphs.length === 0) {
          fail({ subject, code: 'NO_ARTICLE', reason: 'no article text found' });
          continue;
        }
        batch.push(prepared);
        if (batch.length >= config.batchSize) await flush();
      }
    }
    observer?.onUnitDone?.(unit, summary);
  }
  await flush();
  return summary;
}
