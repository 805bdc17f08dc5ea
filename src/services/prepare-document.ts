import { canonicalUrl } from '../core/canonical-url.js';
import { sha256Hex } from '../core/hash.js';
import type { RawDocument } from '../core/raw-document.js';
import { PIPELINE_VERSION, runPipelineBatch, type PipelineContext, type PipelineResult } from '../pipeline/run-pipeline.js';
import type { NewDocument } from '../store/article-store.js';
import { documentId } from '../store/document-id.js';

/**
 * Gives a pipeline result its identity. The URL that decides identity and
 * versions is the one the document was fetched from, else the canonical URL
 * the page declares.
 */
function toNewDocument(raw: RawDocument, result: PipelineResult): NewDocument {
  const contentHash = sha256Hex(raw.bytes);
  const url = canonicalUrl(raw.hints.url) ?? canonicalUrl(result.article.url);
  return {
    id: documentId(contentHash, url),
    contentHash,
    url,
    raw,
    article: result.article,
    charset: result.charset,
    textHash: result.textHash,
    pipelineVersion: PIPELINE_VERSION,
    siteLines: result.siteLines,
  };
}

/** Runs the pipeline over documents that arrived together (see `runPipelineBatch`) and identifies each. */
export function prepareBatch(raws: RawDocument[], contexts: PipelineContext[] = []): NewDocument[] {
  const results = runPipelineBatch(raws, contexts);
  return results.map((result, i) => toNewDocument(raws[i] as RawDocument, result));
}

/** One document on its own (no related articles to place a year-less date). */
export function prepareDocument(raw: RawDocument, context: PipelineContext = {}): NewDocument {
  return prepareBatch([raw], [context])[0] as NewDocument;
}
