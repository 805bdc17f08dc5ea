import { relative } from 'node:path';
import type { RawDocument } from '../../src/core/raw-document.js';
import { planInputs, readUnit } from '../../src/ingest/index.js';

/** Reads every document under a folder through the real readers, keyed as the gold files key them: "path" or "path#url". */
export async function readRawDocuments(folder: string): Promise<Map<string, RawDocument>> {
  const documents = new Map<string, RawDocument>();
  const plan = await planInputs([folder]);
  const context = {
    limits: { maxDocumentBytes: 64 * 1024 * 1024, maxContainerBytes: 1024 * 1024 * 1024 },
    fetcher: { fetch: () => Promise.reject(new Error('offline')) },
    fetchLinkedPages: false,
    now: () => new Date(),
  };
  for (const unit of plan.units) {
    for await (const event of readUnit(unit, context)) {
      if (event.type !== 'document') continue;
      const path = relative(folder, event.document.origin.source);
      const key = event.document.origin.kind === 'file' ? path : `${path}#${event.document.hints.url ?? event.document.origin.locator}`;
      documents.set(key, event.document);
    }
  }
  return documents;
}
