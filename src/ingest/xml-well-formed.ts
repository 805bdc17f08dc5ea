/**
 * Well-formedness check for feeds and OPML. feedsmith is deliberately forgiving: a feed
 * cut off before `</channel></rss>` parses into partial data without complaint, so a
 * truncated download would be read as if complete. fast-xml-parser's validator (the
 * parser feedsmith itself uses) rejects it.
 */
import { XMLValidator } from 'fast-xml-parser';

/**
 * Null when the XML is well-formed, otherwise a plain reason with the position.
 * @example xmlProblem('<rss><channel>') // "malformed XML at line 1, column 1: Unclosed tag 'rss'."
 */
export function xmlProblem(xml: string): string | null {
  // Whitespace or a BOM before the XML declaration is common in real feeds and harmless to read.
  const result = XMLValidator.validate(xml.replace(/^[\uFEFF\s]+/, ''));
  if (result === true) return null;
  const { msg, line, col } = result.err;
  return `malformed XML at line ${line}, column ${col}: ${msg}`;
}
