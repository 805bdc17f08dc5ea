import { sha256Hex } from '../core/hash.js';

/** Hex characters kept from the SHA-256: 64 bits, collision-free for any realistic archive, short enough to type. */
const ID_LENGTH = 16;

/**
 * A document's identity: the same bytes from the same URL (or with no URL)
 * are the same document, however often they are ingested. The same bytes at a
 * different URL are a different document (a reprint, which story clustering
 * relates to its origin).
 */
export function documentId(contentHash: string, url: string | null): string {
  return sha256Hex(`${contentHash}\n${url ?? ''}`).slice(0, ID_LENGTH);
}
