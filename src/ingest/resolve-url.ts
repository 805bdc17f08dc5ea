/** Links found inside containers (feed items, OPML outlines) may be relative or use other schemes. */

/**
 * The absolute http(s) URL for `href`, resolved against `base` when relative; null when
 * it is not a valid http(s) URL.
 * @example resolveHttpUrl('/feed.xml', 'https://example.org/list.opml') // 'https://example.org/feed.xml'
 */
export function resolveHttpUrl(href: string, base: string | null): string | null {
  let url: URL;
  try {
    url = base ? new URL(href, base) : new URL(href);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
