import type { Document } from 'domhandler';
import type { ResolvedDate } from '../../core/article.js';
import { choosePublished } from './choose-published.js';
import { collectEvidence } from './collect-evidence.js';

export interface FindPublishedDateOptions {
  /** The page's URL; when absent the page's canonical link (or og:url) stands in for it. */
  url?: string | null;
  /** The day the page was seen; dates after it are rejected. Defaults to now. */
  reference?: Date;
}

/**
 * Finds the publication date of an HTML page: not when it was last modified,
 * not a date its text mentions, not a comment's or a related article's date.
 *
 * @example findPublishedDate(parseDocument(html, { decodeEntities: true }), { url }) // { value: '2020-10-10T04:20Z', precision: 'minute', method: 'meta:article:published_time' }
 */
export function findPublishedDate(document: Document, options: FindPublishedDateOptions = {}): ResolvedDate | null {
  const evidence = collectEvidence(document, { url: options.url, reference: options.reference ?? new Date() });
  return choosePublished(evidence);
}
