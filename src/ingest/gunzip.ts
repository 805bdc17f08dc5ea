/** Gzip decompression with a hard cap on the output, so a gzip bomb cannot exhaust memory. */
import { promisify } from 'node:util';
import { constants, gunzip, gunzipSync } from 'node:zlib';
import { describeSize } from './describe-size.js';

const gunzipAsync = promisify(gunzip);

export type GunzipResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; code: 'INPUT_TOO_LARGE' | 'INPUT_CORRUPT'; reason: string };

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Decompresses gzip data (several concatenated members too), declining when the
 * output would pass `maxBytes` or the data is truncated or damaged.
 * @example await gunzipCapped(bytes, 10_000_000) // { ok: true, bytes }
 */
export async function gunzipCapped(bytes: Uint8Array, maxBytes: number): Promise<GunzipResult> {
  try {
    const output = await gunzipAsync(bytes, { maxOutputLength: maxBytes });
    return { ok: true, bytes: new Uint8Array(output.buffer, output.byteOffset, output.byteLength) };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      return { ok: false, code: 'INPUT_TOO_LARGE', reason: `the decompressed data is over the limit of ${describeSize(maxBytes)}` };
    }
    return { ok: false, code: 'INPUT_CORRUPT', reason: 'truncated or corrupt gzip data' };
  }
}

/**
 * The first bytes of a gzip stream, decompressed as far as `head` allows — enough to
 * sniff what the stream holds without inflating all of it. Null when `head` is not gzip.
 */
export function gunzipHead(head: Uint8Array): Uint8Array | null {
  try {
    // SYNC_FLUSH returns what a partial stream decodes to instead of failing on its missing end;
    // deflate expands at most ~1032:1, so the cap only bounds a pathological head.
    const output = gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 4 * 1024 * 1024 });
    return new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
  } catch {
    return null;
  }
}
