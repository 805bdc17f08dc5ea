/** Cheap byte-level checks run before any parsing: is the input empty, is it binary. */

/** How much of the input the binary check looks at. */
const SNIFF_BYTES = 8192;

/**
 * Share of C0 control bytes (other than tab, newline, carriage return, form feed, escape)
 * above which the input is binary. Text in any ASCII-compatible encoding has almost none;
 * 30 % tolerates a text file with stray controls while catching binaries that have no NUL.
 */
const MAX_CONTROL_SHARE = 0.3;

/** True when the bytes are empty or only ASCII whitespace (a UTF-8 byte order mark counts as nothing). */
export function isBlank(bytes: Uint8Array): boolean {
  const start = hasUtf8Bom(bytes) ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b) return false;
  }
  return true;
}

/** True when the first 8 KB hold a NUL byte or mostly control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  // UTF-16 text is full of NUL bytes yet is text; the pipeline decodes it from its BOM.
  if (hasUtf16Bom(bytes)) return false;
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.length === 0) return false;
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) controls += 1;
  }
  return controls / head.length > MAX_CONTROL_SHARE;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
