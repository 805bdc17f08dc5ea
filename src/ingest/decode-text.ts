/**
 * Turning container bytes (feeds, OPML, JSON) into a string. Plain documents are never
 * decoded here: their raw bytes go to the pipeline, which sniffs the charset itself.
 */

const utf8 = new TextDecoder('utf-8');

/** How far into an XML file the encoding declaration may be. */
const DECLARATION_BYTES = 1024;

/**
 * Decodes XML by the usual precedence: byte order mark, then the charset declared
 * outside the bytes (HTTP header), then the XML declaration's encoding, then UTF-8.
 * Unknown charset names fall back to UTF-8 rather than failing.
 * @example decodeXml(bytes, null) // '<?xml version="1.0" encoding="windows-1251"?>…' decoded as windows-1251
 */
export function decodeXml(bytes: Uint8Array, declaredCharset: string | null): string {
  const label = bomCharset(bytes) ?? declaredCharset ?? xmlDeclarationCharset(bytes) ?? 'utf-8';
  return decoderFor(label).decode(bytes);
}

/** Decodes JSON, which RFC 8259 requires to be UTF-8 (a BOM is dropped). */
export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(label);
  } catch {
    return utf8;
  }
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function xmlDeclarationCharset(bytes: Uint8Array): string | null {
  // latin1 maps every byte to one char, so the ASCII declaration reads right in any ASCII-compatible encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, DECLARATION_BYTES));
  const match = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}
