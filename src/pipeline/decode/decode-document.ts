import chardet from 'chardet';
import type { RawDocument } from '../../core/raw-document.js';
import { normalizeCharsetLabel } from './charset-labels.js';
import { sniffBom } from './sniff-bom.js';
import { sniffMetaCharset } from './sniff-meta-charset.js';

export interface DecodedDocument {
  text: string;
  /** The encoding actually used, as TextDecoder names it. */
  charset: string;
  /** Why that encoding: "bom", "declared", "meta", "utf-8", "detected" or "fallback". */
  charsetMethod: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x7f) return false;
  return true;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * Turns a raw document's bytes into text. Order: byte-order mark, then the
 * charset declared outside the bytes (HTTP header), then the page's own
 * declaration, then UTF-8 if the bytes are valid UTF-8, then statistical
 * detection. A legacy declaration is overridden when the bytes are valid,
 * non-ASCII UTF-8: pages that re-encode to UTF-8 but keep an old <meta> are
 * common, while legacy text that happens to be valid UTF-8 is vanishingly rare.
 */
export function decodeDocument(raw: RawDocument): DecodedDocument {
  const { bytes } = raw;
  const bom = sniffBom(bytes);
  if (bom) return { text: decodeWith(bytes.subarray(bom.length), bom.encoding), charset: bom.encoding, charsetMethod: 'bom' };

  const declared = normalizeCharsetLabel(raw.declaredCharset);
  const meta = raw.contentType === 'text/html' ? normalizeCharsetLabel(sniffMetaCharset(bytes)) : null;
  const claimed = declared ?? meta;
  const utf8 = isValidUtf8(bytes);

  if (claimed && (claimed === 'utf-8' || !utf8 || isAscii(bytes))) {
    return { text: decodeWith(bytes, claimed), charset: claimed, charsetMethod: declared ? 'declared' : 'meta' };
  }
  if (utf8) return { text: decodeWith(bytes, 'utf-8'), charset: 'utf-8', charsetMethod: 'utf-8' };

  const detected = normalizeCharsetLabel(chardet.detect(bytes));
  if (detected) return { text: decodeWith(bytes, detected), charset: detected, charsetMethod: 'detected' };
  return { text: decodeWith(bytes, 'windows-1252'), charset: 'windows-1252', charsetMethod: 'fallback' };
}
