import type { FetchedResource } from './types.js';

/** Where the bytes being read came from — carried down to every document and failure they produce. */

export interface ContentSource {
  /** The file path or URL as the user gave it: origin.source of documents, subject of failures. */
  source: string;
  /** Origin kind of a plain (text/HTML) document read from it. */
  kind: 'file' | 'url';
  /** True when found by walking a folder: unrelated content is then skipped rather than reported as a failure. */
  viaFolder: boolean;
  /** Charset declared outside the bytes (HTTP header); null for files. */
  declaredCharset: string | null;
  /** When the bytes were obtained, ISO 8601. */
  fetchedAt: string;
  /** Final URL after redirects for fetched content (hints.url of a page, base of relative links); null for files. */
  finalUrl: string | null;
}

/** The source of a fetched resource: what the user asked for, and where the fetch ended. */
export function urlContentSource(requested: string, resource: FetchedResource): ContentSource {
  return { source: requested, kind: 'url', viaFolder: false, declaredCharset: resource.charset, fetchedAt: resource.fetchedAt, finalUrl: resource.url };
}
