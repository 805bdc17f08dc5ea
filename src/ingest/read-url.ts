/** A URL named by the user: fetched once, then read as whatever the body turns out to be. */
import { urlContentSource } from './content-source.js';
import { gunzipCapped, isGzip } from './gunzip.js';
import { failureEvent, failureFromError } from './ingest-events.js';
import { readContent } from './read-content.js';
import { readWarcBytes } from './read-warc.js';
import type { FetchedResource, IngestEvent, ReaderContext } from './types.js';
import { formatOfFetched } from './url-format.js';

/** Fetches `url` with ctx.fetcher and reads it: page, plain text, feed, OPML, JSON records or WARC. */
export async function* readUrl(url: string, ctx: ReaderContext): AsyncGenerator<IngestEvent> {
  let resource: FetchedResource;
  try {
    resource = await ctx.fetcher.fetch(url);
  } catch (error) {
    yield failureFromError(url, error, 'FETCH_FAILED');
    return;
  }
  let { bytes, mediaType } = resource;
  let detected = formatOfFetched(mediaType, bytes);
  // A gzip file served as such (not as Content-Encoding, which fetch already undid): unpack and look again.
  if (!detected.ok && isGzip(bytes)) {
    const unpacked = await gunzipCapped(bytes, ctx.limits.maxContainerBytes);
    if (!unpacked.ok) {
      yield failureEvent(url, unpacked.code, unpacked.reason);
      return;
    }
    bytes = unpacked.bytes;
    mediaType = null;
    detected = formatOfFetched(mediaType, bytes);
  }
  if (!detected.ok) {
    yield failureEvent(url, 'INPUT_UNSUPPORTED', detected.reason);
    return;
  }
  if (detected.format === 'warc') {
    yield* readWarcBytes(bytes, url, ctx);
    return;
  }
  const src = urlContentSource(url, resource);
  yield* readContent(detected.format, bytes, src, ctx);
}
