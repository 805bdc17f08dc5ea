/** How far into an HTML page the charset declaration is looked for (the HTML standard prescans 1024 bytes; real pages put long <head> scripts first). */
const PRESCAN_BYTES = 8192;

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.()-]+)/i;
const XML_DECLARATION = /^<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_.-]+)["']/i;

/**
 * Finds the charset an HTML page declares about itself: `<meta charset>`,
 * `<meta http-equiv="Content-Type" content="…; charset=…">` or an XML declaration.
 * Reads the bytes as Latin-1 so any ASCII-compatible encoding can be scanned.
 */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const xml = XML_DECLARATION.exec(head);
  if (xml?.[1]) return xml[1];
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '');
  const meta = META_CHARSET.exec(withoutComments);
  return meta?.[1] ?? null;
}
