/**
 * WARC files (plain or gzip, as Common Crawl's CC-NEWS distributes them), streamed record
 * by record: every `response` record with HTTP 200 and an HTML Content-Type is a document;
 * other records are passed over silently. A broken record ends the file with a failure that
 * says where, keeping every document read before it.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { describeError } from '../core/errors.js';
import type { RawDocument } from '../core/raw-document.js';
import { isHtmlMediaType, parseContentType } from './content-type.js';
import { tooLargeReason } from './describe-size.js';
import { fsProblem } from './fs-errors.js';
import { gunzipHead, isGzip } from './gunzip.js';
import { documentEvent, failureEvent } from './ingest-events.js';
import type { IngestEvent, ReaderContext } from './types.js';

/** Enough of the file to see the first record's "WARC/1.x" line, even through gzip. */
const HEAD_BYTES = 1024;

type RecordOutcome =
  | { kind: 'ignored' }
  | { kind: 'truncated' }
  | { kind: 'too-large'; size: number }
  | { kind: 'undecodable' }
  | { kind: 'document'; bytes: Uint8Array };

/** True when the bytes (plain or gzip) start with a WARC record header. */
export function looksLikeWarc(head: Uint8Array): boolean {
  const plain = isGzip(head) ? gunzipHead(head.subarray(0, HEAD_BYTES)) : head;
  return plain !== null && new TextDecoder('latin1').decode(plain.subarray(0, 5)) === 'WARC/';
}

/** Reads a WARC file from disk without loading it whole. */
export async function* readWarcFile(filePath: string, subject: string, ctx: ReaderContext): AsyncGenerator<IngestEvent> {
  let head: Uint8Array;
  try {
    head = await readHead(filePath);
  } catch (error) {
    const problem = fsProblem(error);
    yield failureEvent(subject, problem.code, problem.reason);
    return;
  }
  yield* readWarcStream(() => createReadStream(filePath), head, subject, ctx);
}

/** Reads a WARC already in memory (a fetched `application/warc` body). */
export async function* readWarcBytes(bytes: Uint8Array, subject: string, ctx: ReaderContext): AsyncGenerator<IngestEvent> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  yield* readWarcStream(() => Readable.from([buffer], { objectMode: false }), bytes.subarray(0, HEAD_BYTES), subject, ctx);
}

async function* readWarcStream(openInput: () => Readable, head: Uint8Array, subject: string, ctx: ReaderContext): AsyncGenerator<IngestEvent> {
  if (!looksLikeWarc(head)) {
    yield failureEvent(subject, 'INPUT_CORRUPT', 'not a WARC file (it does not start with a WARC/1.x record header)');
    return;
  }
  const gzip = isGzip(head);
  const input = openInput();
  // Node's gunzip instead of warcio's built-in pako: native speed on multi-GB files, and a
  // truncated member raises an error instead of silently ending the stream early.
  const stream = gzip ? pipeline(input, createGunzip(), () => {}) : input;
  try {
    yield* readRecords(stream, subject, gzip, ctx);
  } finally {
    stream.destroy();
    input.destroy();
  }
}

async function* readRecords(stream: Readable, subject: string, gzip: boolean, ctx: ReaderContext): AsyncGenerator<IngestEvent> {
  const parser = new WARCParser(stream);
  let number = 0;
  const failure = (code: 'INPUT_CORRUPT' | 'INPUT_TOO_LARGE', what: string): IngestEvent =>
    failureEvent(`${subject}#record ${number}`, code, `record ${number} at byte ${parser.offset}${gzip ? ' (uncompressed)' : ''}: ${what}`);
  try {
    for (;;) {
      // Counted before parsing, so an error inside a record's header names that record.
      number += 1;
      const record = await parser.parse();
      if (!record) return;
      const headerProblem = recordHeaderProblem(record);
      if (headerProblem) {
        yield failure('INPUT_CORRUPT', headerProblem);
        return;
      }
      const offset = parser.offset;
      const outcome = await readRecord(record, ctx.limits.maxDocumentBytes);
      switch (outcome.kind) {
        case 'truncated':
          // warcio would loop forever skipping the rest of a record the stream no longer has: stop here.
          yield failure('INPUT_CORRUPT', 'truncated record');
          return;
        case 'too-large':
          yield failure('INPUT_TOO_LARGE', tooLargeReason('the record', outcome.size, ctx.limits.maxDocumentBytes));
          break;
        case 'undecodable':
          yield failure('INPUT_CORRUPT', 'its HTTP body could not be decoded (Transfer-Encoding/Content-Encoding)');
          break;
        case 'document':
          yield documentEvent(warcDocument(record, outcome.bytes, offset, subject, ctx));
          break;
        case 'ignored':
          break;
      }
    }
  } catch (error) {
    yield failure('INPUT_CORRUPT', gzip ? 'truncated or corrupt gzip data' : describeError(error));
  }
}

function recordHeaderProblem(record: WARCRecord): string | null {
  if (!record.warcHeaders.statusline.startsWith('WARC/')) return 'not a WARC record header';
  // Every WARC record has a Content-Length; a header without one was cut off.
  if (record.warcHeaders.headers.get('Content-Length') === null) return 'truncated record (its header is incomplete)';
  return null;
}

function isHtmlResponse(record: WARCRecord): boolean {
  const http = record.httpHeaders;
  if (record.warcType !== 'response' || !http || Number(http.statusCode) !== 200) return false;
  return isHtmlMediaType(parseContentType(http.headers.get('content-type')).mediaType);
}

/** Reads the record's block to its end (so the parser can move on), keeping the payload only when it is wanted. */
async function readRecord(record: WARCRecord, maxBytes: number): Promise<RecordOutcome> {
  const wanted = isHtmlResponse(record);
  const reader = record.reader;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of reader) {
    size += chunk.length;
    if (wanted && size <= maxBytes) chunks.push(chunk);
  }
  if (reader instanceof LimitReader && reader.limit > 0) return { kind: 'truncated' };
  if (!wanted) return { kind: 'ignored' };
  if (size > maxBytes) return { kind: 'too-large', size };
  const raw = Buffer.concat(chunks);
  return decodeBody(record, raw, maxBytes);
}

/** Undoes chunked transfer and content encoding, capped so a compressed body cannot expand without bound. */
async function decodeBody(record: WARCRecord, raw: Uint8Array, maxBytes: number): Promise<RecordOutcome> {
  const headers = record.httpHeaders?.headers;
  if (!headers?.get('transfer-encoding') && !headers?.get('content-encoding')) return { kind: 'document', bytes: raw };
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of record._createDecodingReader([raw])) {
      size += chunk.length;
      if (size > maxBytes) return { kind: 'too-large', size };
      chunks.push(chunk);
    }
  } catch {
    return { kind: 'undecodable' };
  }
  return { kind: 'document', bytes: Buffer.concat(chunks) };
}

function warcDocument(record: WARCRecord, bytes: Uint8Array, offset: number, subject: string, ctx: ReaderContext): RawDocument {
  const url = record.warcTargetURI;
  return {
    bytes,
    contentType: 'text/html',
    declaredCharset: parseContentType(record.httpHeaders?.headers.get('content-type')).charset,
    origin: { kind: 'warc-record', source: subject, locator: record.warcHeader('WARC-Record-ID') ?? `offset ${offset}` },
    fetchedAt: isoDate(record.warcDate) ?? ctx.now().toISOString(),
    hints: url ? { url } : {},
  };
}

function isoDate(value: string | null | undefined): string | null {
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

async function readHead(filePath: string): Promise<Uint8Array> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
