/** Telling feeds, OPML and HTML apart by their root element, for `.xml` files and fetched bodies. */

export type MarkupKind = 'feed' | 'opml' | 'html';

/** The root element is always near the top; looking further only costs time. */
const SNIFF_CHARS = 4096;

/** Prolog items that may precede the root element: declaration/PIs, comments, doctype (with an internal subset). */
const PROLOG_ITEM = /^\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>[]*(?:\[[\s\S]*?\])?\s*>)/i;

/**
 * The local name of the root element, lower-cased ("rss", "feed", "rdf", "opml", "html"),
 * or null when the text does not start with markup.
 * @example markupRoot('<?xml version="1.0"?><rdf:RDF …>') // 'rdf'
 */
export function markupRoot(text: string): string | null {
  let rest = text.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, '');
  for (let match = PROLOG_ITEM.exec(rest); match; match = PROLOG_ITEM.exec(rest)) {
    rest = rest.slice(match[0].length);
  }
  const root = /^\s*<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/.exec(rest);
  return root?.[1]?.toLowerCase() ?? null;
}

/**
 * What a markup document is, from its root element: RSS (`<rss>`), Atom (`<feed>`) and
 * RDF/RSS 1.0 (`<rdf:RDF>`) are feeds; null for any other root.
 */
export function sniffMarkup(text: string): MarkupKind | null {
  const root = markupRoot(text);
  if (root === 'rss' || root === 'feed' || root === 'rdf') return 'feed';
  if (root === 'opml') return 'opml';
  if (root === 'html') return 'html';
  return null;
}
