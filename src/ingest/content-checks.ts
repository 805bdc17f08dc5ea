/** The checks every text input passes before parsing, whether it came from a file, a URL or an OPML list. */
import type { ErrorCode } from '../core/errors.js';
import { isBlank, looksBinary } from './binary-sniff.js';
import { tooLargeReason } from './describe-size.js';
import { sizeLimitFor, type FileFormat } from './detect-format.js';
import type { ReaderLimits } from './types.js';

export interface ContentProblem {
  code: ErrorCode;
  reason: string;
}

/**
 * Null when the bytes may be parsed as `format`; otherwise why not (over the size limit,
 * empty or whitespace only, binary).
 * @example contentProblem(new Uint8Array(), 'text', limits) // { code: 'INPUT_EMPTY', reason: 'the input is empty' }
 */
export function contentProblem(bytes: Uint8Array, format: FileFormat, limits: ReaderLimits): ContentProblem | null {
  const limit = sizeLimitFor(format, limits);
  if (bytes.length > limit) return { code: 'INPUT_TOO_LARGE', reason: tooLargeReason('the input', bytes.length, limit) };
  if (isBlank(bytes)) {
    return { code: 'INPUT_EMPTY', reason: bytes.length === 0 ? 'the input is empty' : 'the input holds only whitespace' };
  }
  if (format !== 'warc' && looksBinary(bytes)) {
    return { code: 'INPUT_BINARY', reason: 'the input is binary data, not text' };
  }
  return null;
}
