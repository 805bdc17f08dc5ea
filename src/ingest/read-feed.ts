/**
 * RSS 2.0/0.9x, Atom, RDF (RSS 1.0) and JSON Feed, from a file, a URL or an OPML list —
 * all through `readFeedBytes`. One document per item (see feed-item.ts).
 */
import { DetectError, parseFeed, type AnyFeed } from 'feedsmith';
import { describeError } from '../core/errors.js';
import type { ContentSource } from './content-source.js';
import { decodeXml } from './decode-text.js';
import { feedChannel } from './feed-entries.js';
import { readFeedItem } from './feed-item.js';
import { failureEvent } from './ingest-events.js';
import { parseJson } from './parse-json.js';
import type { IngestEvent, ReaderContext } from './types.js';
import { xmlProblem } from './xml-well-formed.js';

/**
 * True for a JSON Feed (https://jsonfeed.org): an object whose `version` is a jsonfeed.org
 * version URL. Stricter than feedsmith's own detection on purpose: an export like
 * `{ "title": …, "items": [records] }` is article records, not a feed.
 */
export function isJsonFeed(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const version = (value as { version?: unknown }).version;
  return typeof version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//.test(version);
}

/**
 * Reads a feed from its bytes: XML feeds must be well-formed (a truncated feed is
 * INPUT_CORRUPT, not silently partial); JSON Feeds must parse.
 */
export async function* readFeedBytes(bytes: Uint8Array, src: ContentSource, ctx: ReaderContext): AsyncGenerator<IngestEvent> {
  const text = decodeXml(bytes, src.declaredCharset);
  if (/^[\uFEFF\s]*[{[]/.test(text)) {
    const parsed = parseJson(text);
    if (!parsed.ok) {
      yield failureEvent(src.source, 'INPUT_CORRUPT', parsed.reason);
    } else if (!isJsonFeed(parsed.value)) {
      yield failureEvent(src.source, 'INPUT_INVALID', 'JSON that is not a JSON Feed');
    } else {
      const feed = parsed.value;
      yield* readParsedFeed(() => parseFeed(feed), src, ctx);
    }
    return;
  }
  const problem = xmlProblem(text);
  if (problem) {
    yield failureEvent(src.source, 'INPUT_CORRUPT', problem);
    return;
  }
  yield* readParsedFeed(() => parseFeed(text), src, ctx);
}

/** Reads the items of a feed; `parse` runs feedsmith, whose rejections become failures. */
export async function* readParsedFeed(parse: () => AnyFeed, src: ContentSource, ctx: ReaderContext): AsyncGenerator<IngestEvent> {
  let parsed: AnyFeed;
  try {
    parsed = parse();
  } catch (error) {
    const reason = error instanceof DetectError ? 'not an RSS, Atom, RDF or JSON feed' : `not a usable feed (${describeError(error)})`;
    yield failureEvent(src.source, 'INPUT_INVALID', reason);
    return;
  }
  const channel = feedChannel(parsed);
  if (channel.entries.length === 0) {
    yield failureEvent(src.source, 'INPUT_EMPTY', 'the feed has no items');
    return;
  }
  for (const [index, entry] of channel.entries.entries()) {
    yield await readFeedItem(entry, index + 1, channel, src, ctx);
  }
}
