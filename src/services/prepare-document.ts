import { canonicalUrl } from '../core/canonical-url.js';
import { sha256Hex } from '../core/hash.js';
import type { RawDocument } from '../core/raw-document.js';
import { PIPELINE_VERSION, runPipeline } from '../pipeline/run-pipeline.js';
import type { NewDocument } from '../store/article-store.js';
import { documentId } from '../store/document-id.js';

/**
 * Runs the pipeline on a raw document and gives it its identity. The URL that
 * decides identity and versions is the one the document was fetched from, else
 * the canonical URL the page declares.
 */
export function prepareDocument(raw: RawDocument): NewDocument {
  const result = runPipeline(raw);
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
  };
}
