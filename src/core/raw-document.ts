/**
 * A raw document: the bytes newsloom received, exactly as received, with where
 * they came from. Raw documents are always kept so a better pipeline can
 * reprocess them later (`newsloom reprocess`).
 */

/** How a document reached us. */
export type OriginKind = 'file' | 'url' | 'feed-item' | 'warc-record' | 'json-record';

/** The two document kinds the extraction pipeline understands. */
export type DocumentContentType = 'text/html' | 'text/plain';

export interface DocumentOrigin {
  kind: OriginKind;
  /** The path or URL exactly as the user gave it (for files found in a folder: the folder as given joined with the relative path). */
  source: string;
  /** Position inside a container: a feed item's guid/link, a JSON record's index, a WARC record's offset. */
  locator?: string;
}

/** Metadata the container supplied alongside the bytes (feed item fields, JSON record fields, WARC headers). */
export interface DocumentHints {
  url?: string;
  title?: string;
  /** Publication date as the container wrote it (ISO 8601 preferred, any string accepted). */
  published?: string;
  author?: string;
  publisher?: string;
  language?: string;
  summary?: string;
}

export interface RawDocument {
  bytes: Uint8Array;
  contentType: DocumentContentType;
  /** Charset declared outside the bytes (HTTP header, container field); null when nothing declared one. */
  declaredCharset: string | null;
  origin: DocumentOrigin;
  /** When the bytes were obtained (capture date for WARC records, ingestion time otherwise), ISO 8601. */
  fetchedAt: string;
  hints: DocumentHints;
}
