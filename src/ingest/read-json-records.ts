/**
 * `.json` and `.jsonl`/`.ndjson` files of article records. A JSON Feed in a `.json` file
 * goes to the feed reader. Each bad record is its own failure; the good ones are still read.
 */
import { parseFeed } from 'feedsmith';
import type { ContentSource } from './content-source.js';
import { decodeUtf8 } from './decode-text.js';
import { documentEvent, failureEvent, skippedEvent } from './ingest-events.js';
import { describeRecordIssues, jsonRecordSchema, looksLikeArticleRecord, recordDocument } from './json-record.js';
import { parseJson } from './parse-json.js';
import { isJsonFeed, readParsedFeed } from './read-feed.js';
import type { IngestEvent, ReaderContext } from './types.js';

const UNRELATED_JSON = 'JSON that is neither article records nor a JSON Feed';

interface NumberedValue {
  /** 1-based record number (for JSONL: the line number). */
  number: number;
  value: unknown;
}

/**
 * Reads a `.json` file: one record, an array of records, an object with an `articles`
 * or `items` array, or a JSON Feed.
 */
export async function* readJsonBytes(bytes: Uint8Array, src: ContentSource, ctx: ReaderContext): AsyncGenerator<IngestEvent> {
  const parsed = parseJson(decodeUtf8(bytes));
  if (!parsed.ok) {
    yield failureEvent(src.source, 'INPUT_CORRUPT', parsed.reason);
    return;
  }
  if (isJsonFeed(parsed.value)) {
    const feed = parsed.value;
    yield* readParsedFeed(() => parseFeed(feed), src, ctx);
    return;
  }
  const records = recordCollection(parsed.value);
  if (records?.length === 0) {
    yield failureEvent(src.source, 'INPUT_EMPTY', 'the JSON holds no records');
    return;
  }
  if (!records?.some(looksLikeArticleRecord)) {
    yield unrelated(src);
    return;
  }
  for (const [index, value] of records.entries()) yield recordEvent({ number: index + 1, value }, src);
}

/** Reads a JSON Lines file: one record per line, blank lines ignored, record numbers are line numbers. */
export async function* readJsonLines(bytes: Uint8Array, src: ContentSource, _ctx: ReaderContext): AsyncGenerator<IngestEvent> {
  const lines = decodeUtf8(bytes)
    .split('\n')
    .map((line, index) => ({ number: index + 1, line }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ number, line }) => ({ number, parsed: parseJson(line) }));
  const values = lines.flatMap(({ parsed }) => (parsed.ok ? [parsed.value] : []));
  if (values.length > 0 && !values.some(looksLikeArticleRecord)) {
    yield unrelated(src);
    return;
  }
  for (const { number, parsed } of lines) {
    if (parsed.ok) yield recordEvent({ number, value: parsed.value }, src);
    else yield failureEvent(`${src.source}#record ${number}`, 'INPUT_CORRUPT', `record ${number}: ${parsed.reason.replace('at line 1, column', 'at column')}`);
  }
}

function recordEvent({ number, value }: NumberedValue, src: ContentSource): IngestEvent {
  const result = jsonRecordSchema.safeParse(value);
  if (result.success) return documentEvent(recordDocument(result.data, `record ${number}`, src));
  return failureEvent(`${src.source}#record ${number}`, 'INPUT_INVALID', `record ${number}: ${describeRecordIssues(result.error.issues)}`);
}

/** The records a parsed `.json` value holds, or null when it has no record shape at all. */
function recordCollection(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null) return null;
  const container = value as { articles?: unknown; items?: unknown };
  if (Array.isArray(container.articles)) return container.articles;
  if (Array.isArray(container.items)) return container.items;
  return [value];
}

function unrelated(src: ContentSource): IngestEvent {
  return src.viaFolder ? skippedEvent(src.source, UNRELATED_JSON) : failureEvent(src.source, 'INPUT_INVALID', UNRELATED_JSON);
}
