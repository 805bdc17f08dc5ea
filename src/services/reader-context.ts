import type { Config } from '../core/config.js';
import { createHttpFetcher } from '../ingest/fetch-url.js';
import type { Fetcher, ReaderContext } from '../ingest/types.js';

/** What the ingestion readers need, from the configuration; the HTTP fetcher unless another is given (tests, offline runs). */
export function readerContext(config: Config, fetcher?: Fetcher, now: () => Date = () => new Date()): ReaderContext {
  return {
    limits: { maxDocumentBytes: config.maxDocumentBytes, maxContainerBytes: config.maxContainerBytes },
    fetcher: fetcher ?? createHttpFetcher({ timeoutMs: config.fetchTimeoutMs, maxBytes: config.maxDocumentBytes }),
    fetchLinkedPages: config.fetchLinkedPages,
    now,
  };
}
