/** A file, named by the user or found in a folder: checked, decompressed if `.gz`, then read by its format. */
import { readFile as readFileBytes, stat } from 'node:fs/promises';
import type { ContentSource } from './content-source.js';
import { tooLargeReason } from './describe-size.js';
import { formatFromFileName, sizeLimitFor, SUPPORTED_FILE_TYPES } from './detect-format.js';
import { fsProblem } from './fs-errors.js';
import { gunzipCapped } from './gunzip.js';
import { failureEvent, skippedEvent } from './ingest-events.js';
import { readContent } from './read-content.js';
import { readWarcFile } from './read-warc.js';
import type { IngestEvent, InputUnit, ReaderContext } from './types.js';

/** Reads one file unit. */
export async function* readFileUnit(unit: InputUnit, ctx: ReaderContext): AsyncGenerator<IngestEvent> {
  const subject = unit.location;
  const detected = formatFromFileName(subject);
  if (!detected.known) {
    const reason = `not a supported file type: ${detected.extension}`;
    yield unit.viaFolder
      ? skippedEvent(subject, reason)
      : failureEvent(subject, 'INPUT_UNSUPPORTED', `${reason} (newsloom reads ${SUPPORTED_FILE_TYPES.join(', ')})`);
    return;
  }
  let size: number;
  try {
    const info = await stat(subject);
    if (!info.isFile()) {
      yield failureEvent(subject, 'INPUT_UNSUPPORTED', 'not a regular file');
      return;
    }
    size = info.size;
  } catch (error) {
    const problem = fsProblem(error);
    yield failureEvent(subject, problem.code, problem.reason);
    return;
  }
  // Checked before reading, so an oversized file is never loaded into memory.
  const limit = sizeLimitFor(detected.format, ctx.limits);
  if (size > limit) {
    yield failureEvent(subject, 'INPUT_TOO_LARGE', tooLargeReason('the file', size, limit));
    return;
  }
  if (size === 0) {
    yield failureEvent(subject, 'INPUT_EMPTY', 'the file is empty');
    return;
  }
  if (detected.format === 'warc') {
    yield* readWarcFile(subject, subject, ctx);
    return;
  }

  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(subject);
  } catch (error) {
    const problem = fsProblem(error);
    yield failureEvent(subject, problem.code, problem.reason);
    return;
  }
  if (detected.gzip) {
    const unpacked = await gunzipCapped(bytes, limit);
    if (!unpacked.ok) {
      yield failureEvent(subject, unpacked.code, unpacked.reason);
      return;
    }
    bytes = unpacked.bytes;
  }
  const src: ContentSource = {
    source: subject,
    kind: 'file',
    viaFolder: unit.viaFolder,
    declaredCharset: null,
    fetchedAt: ctx.now().toISOString(),
    finalUrl: null,
  };
  yield* readContent(detected.format, bytes, src, ctx);
}
