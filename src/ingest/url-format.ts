/**
 * What a fetched body is. Media types on the web are often wrong (feeds served as
 * text/html or text/plain, WARCs as application/octet-stream), so the body's first
 * bytes are sniffed before the media type is believed.
 */
import { isHtmlMediaType } from './content-type.js';
import type { ContentFormat } from './detect-format.js';
import { looksLikeWarc } from './read-warc.js';
import { sniffMarkup } from './sniff-markup.js';

export type UrlFormat = { ok: true; format: ContentFormat } | { ok: false; reason: string };

const FEED_MEDIA_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json']);
const OPML_MEDIA_TYPES = new Set(['text/x-opml', 'application/x-opml', 'text/opml']);
const XML_MEDIA_TYPES = new Set(['application/xml', 'text/xml']);
const UNTYPED_MEDIA_TYPES = new Set(['application/octet-stream', 'binary/octet-stream']);

/** Enough of the body to find the root element. */
const SNIFF_BYTES = 4096;

/**
 * The format of a fetched body, from its first bytes and its media type.
 * @example formatOfFetched('text/html', bytesOf('<?xml version="1.0"?><rss …')) // { ok: true, format: 'feed' }
 */
export function formatOfFetched(mediaType: string | null, bytes: Uint8Array): UrlFormat {
  if (mediaType === 'application/warc' || looksLikeWarc(bytes)) return { ok: true, format: 'warc' };
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_BYTES));
  const markup = sniffMarkup(head);
  if (markup === 'feed' || markup === 'opml') return { ok: true, format: markup };
  if (mediaType && FEED_MEDIA_TYPES.has(mediaType)) return { ok: true, format: 'feed' };
  if (mediaType && OPML_MEDIA_TYPES.has(mediaType)) return { ok: true, format: 'opml' };
  if (mediaType === 'application/json' || mediaType?.endsWith('+json')) return { ok: true, format: 'json' };
  if (isHtmlMediaType(mediaType)) return { ok: true, format: 'html' };
  if (mediaType === 'text/plain') return { ok: true, format: 'text' };
  if (mediaType === null || UNTYPED_MEDIA_TYPES.has(mediaType)) {
    if (markup === 'html') return { ok: true, format: 'html' };
    if (/^[\uFEFF\s]*[{[]/.test(head)) return { ok: true, format: 'json' };
  }
  if (mediaType && XML_MEDIA_TYPES.has(mediaType)) return { ok: false, reason: 'XML that is neither a feed nor OPML' };
  return { ok: false, reason: `not a supported media type: ${mediaType ?? 'none declared'}` };
}
