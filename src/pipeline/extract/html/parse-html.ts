import type { Document } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * Parses a decoded HTML page once, for every stage that reads its markup.
 *
 * @example
 * const extracted = extractHtml(parseHtml('<html><body><p>Hello</p></body></html>'));
 */
export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true });
}
