/**
 * OPML subscription lists: every outline with an `xmlUrl` is a feed, fetched and read
 * like any other feed. One feed failing is its own failure; the others are still read.
 */
import { parseOpml, type Opml } from 'feedsmith';
import { contentProblem } from './content-checks.js';
import { urlContentSource, type ContentSource } from './content-source.js';
import { decodeXml } from './decode-text.js';
import { failureEvent, failureFromError } from './ingest-events.js';
import { readFeedBytes } from './read-feed.js';
import { resolveHttpUrl } from './resolve-url.js';
import type { FetchedResource, IngestEvent, ReaderContext } from './types.js';
import { xmlProblem } from './xml-well-formed.js';

type Outline = Opml.Outline<string>;

/** Reads an OPML document and every feed it lists. */
export async function* readOpmlBytes(bytes: Uint8Array, src: ContentSource, ctx: ReaderContext): AsyncGenerator<IngestEvent> {
  const text = decodeXml(bytes, src.declaredCharset);
  const problem = xmlProblem(text);
  if (problem) {
    yield failureEvent(src.source, 'INPUT_CORRUPT', problem);
    return;
  }
  let outlines: Outline[];
  try {
    outlines = parseOpml(text).body?.outlines ?? [];
  } catch {
    yield failureEvent(src.source, 'INPUT_INVALID', 'not an OPML document');
    return;
  }
  const feedUrls = [...new Set(collectFeedUrls(outlines))];
  if (feedUrls.length === 0) {
    yield failureEvent(src.source, 'INPUT_INVALID', 'the OPML lists no feeds (no outline has an xmlUrl)');
    return;
  }
  for (const feedUrl of feedUrls) yield* readListedFeed(feedUrl, src, ctx);
}

async function* readListedFeed(feedUrl: string, opml: ContentSource, ctx: ReaderContext): AsyncGenerator<IngestEvent> {
  const url = resolveHttpUrl(feedUrl, opml.finalUrl);
  if (!url) {
    yield failureEvent(feedUrl, 'INPUT_UNSUPPORTED', 'the feed address is not an http(s) URL');
    return;
  }
  let resource: FetchedResource;
  try {
    resource = await ctx.fetcher.fetch(url);
  } catch (error) {
    yield failureFromError(url, error, 'FETCH_FAILED');
    return;
  }
  const problem = contentProblem(resource.bytes, 'feed', ctx.limits);
  if (problem) {
    yield failureEvent(url, problem.code, problem.reason);
    return;
  }
  const src = urlContentSource(url, resource);
  yield* readFeedBytes(resource.bytes, src, ctx);
}

/** Feed URLs in document order, from nested outlines too (folders of subscriptions). */
function collectFeedUrls(outlines: Outline[]): string[] {
  return outlines.flatMap((outline) => [...(outline.xmlUrl ? [outline.xmlUrl] : []), ...collectFeedUrls(outline.outlines ?? [])]);
}
