import { dirname } from 'node:path';
import type { RawDocument } from './raw-document.js';

/**
 * Which site a document belongs to, for learning site boilerplate: the host of
 * its URL; for local files without one, the folder they were found in (a
 * folder of pages saved from one site is the usual way such files arrive).
 */
export function siteKeyOf(raw: RawDocument): string {
  if (raw.hints.url) {
    try {
      return new URL(raw.hints.url).host.replace(/^www\./, '');
    } catch {
      // An unparsable URL falls back to where the file was found.
    }
  }
  return `${raw.origin.kind}:${raw.origin.kind === 'file' ? dirname(raw.origin.source) : raw.origin.source}`;
}
