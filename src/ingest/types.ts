/**
 * What the readers of every input format produce. A reader never throws for bad
 * input: it yields a `failure` event naming the file/URL/record and a plain reason,
 * and goes on with whatever else it can read.
 */
import type { ErrorCode } from '../core/errors.js';
import type { RawDocument } from '../core/raw-document.js';

export type IngestEvent =
  | { type: 'document'; document: RawDocument }
  | { type: 'failure'; subject: string; code: ErrorCode; reason: string }
  /** Something found while walking a folder that is not a news document (unknown extension, unrelated JSON). */
  | { type: 'skipped'; subject: string; reason: string };

/** One thing to read: a file (found directly or in a folder) or a URL. */
export interface InputUnit {
  kind: 'file' | 'url';
  /** The path exactly as given (folder as given joined with the relative path) or the URL. */
  location: string;
  /** True when the file was found by walking a folder rather than named by the user. */
  viaFolder: boolean;
}

export interface FetchedResource {
  /** The final URL after redirects. */
  url: string;
  bytes: Uint8Array;
  /** Media type from the Content-Type header, lower-cased, without parameters; null when absent. */
  mediaType: string | null;
  /** Charset parameter of the Content-Type header; null when absent. */
  charset: string | null;
  fetchedAt: string;
}

/** Fetches one URL. Rejects with a NewsloomError (code FETCH_FAILED or INPUT_TOO_LARGE) whose message is a plain reason. */
export interface Fetcher {
  fetch(url: string): Promise<FetchedResource>;
}

export interface ReaderLimits {
  /** Largest file, URL body or container record accepted, in bytes. */
  maxDocumentBytes: number;
  /** Largest container (WARC, feed, JSONL) file accepted, in bytes. */
  maxContainerBytes: number;
}

export interface ReaderContext {
  limits: ReaderLimits;
  fetcher: Fetcher;
  /** Whether feed items without content may be completed by fetching the linked page. */
  fetchLinkedPages: boolean;
  now: () => Date;
}
