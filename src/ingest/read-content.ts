/**
 * The one dispatch from a known format to its reader, shared by files and URLs so that
 * a feed, a JSON file or a page is read the same way wherever it came from.
 */
import { contentProblem } from './content-checks.js';
import type { ContentSource } from './content-source.js';
import { decodeXml } from './decode-text.js';
import type { FileFormat } from './detect-format.js';
import { documentEvent, failureEvent, skippedEvent } from './ingest-events.js';
import { readFeedBytes } from './read-feed.js';
import { readJsonBytes, readJsonLines } from './read-json-records.js';
import { readOpmlBytes } from './read-opml.js';
import { sniffMarkup } from './sniff-markup.js';
import { textDocument } from './text-document.js';
import type { IngestEvent, ReaderContext } from './types.js';

/** Formats read from bytes in memory (WARC is streamed, see read-warc.ts); 'xml' is sniffed here. */
export type InMemoryFormat = Exclude<FileFormat, 'warc'>;

/** How far into an `.xml` file its root element is looked for. */
const SNIFF_BYTES = 4096;

/** Checks the bytes (size, empty, binary) and reads them as `format`. */
export async function* readContent(format: InMemoryFormat, bytes: Uint8Array, src: ContentSource, ctx: ReaderContext): AsyncGenerator<IngestEvent> {
  const problem = contentProblem(bytes, format, ctx.limits);
  if (problem) {
    yield failureEvent(src.source, problem.code, problem.reason);
    return;
  }
  const resolved = format === 'xml' ? feedOrOpml(bytes, src) : format;
  switch (resolved) {
    case 'text':
      yield documentEvent(textDocument(bytes, 'text/plain', src));
      return;
    case 'html':
      yield documentEvent(textDocument(bytes, 'text/html', src));
      return;
    case 'json':
      yield* readJsonBytes(bytes, src, ctx);
      return;
    case 'jsonl':
      yield* readJsonLines(bytes, src, ctx);
      return;
    case 'feed':
      yield* readFeedBytes(bytes, src, ctx);
      return;
    case 'opml':
      yield* readOpmlBytes(bytes, src, ctx);
      return;
    case null: {
      // An .xml file that is some other XML (a sitemap, a config): not news, not an error in a folder.
      const reason = 'XML that is neither a feed nor OPML';
      yield src.viaFolder ? skippedEvent(src.source, reason) : failureEvent(src.source, 'INPUT_UNSUPPORTED', reason);
    }
  }
}

/** What an `.xml` file is, by its root element: a feed, OPML, or (null) some other XML. */
function feedOrOpml(bytes: Uint8Array, src: ContentSource): 'feed' | 'opml' | null {
  const kind = sniffMarkup(decodeXml(bytes.subarray(0, SNIFF_BYTES), src.declaredCharset));
  return kind === 'feed' || kind === 'opml' ? kind : null;
}
