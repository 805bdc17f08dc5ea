/** A single plain-text or HTML document: the bytes exactly as received. */
import type { DocumentContentType, RawDocument } from '../core/raw-document.js';
import type { ContentSource } from './content-source.js';

/**
 * Wraps the raw bytes of a `.txt`/`.html` file or a fetched page. The bytes are not
 * decoded: the pipeline sniffs BOM, meta charset and byte statistics itself.
 */
export function textDocument(bytes: Uint8Array, contentType: DocumentContentType, src: ContentSource): RawDocument {
  return {
    bytes,
    contentType,
    declaredCharset: src.declaredCharset,
    origin: { kind: src.kind, source: src.source },
    fetchedAt: src.fetchedAt,
    hints: src.finalUrl ? { url: src.finalUrl } : {},
  };
}
