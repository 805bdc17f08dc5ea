/** Query parameters that only track the reader and never change the page. */
const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|cmpid|ocid|__twitter_impression)$/i;

/**
 * Normalises a URL for identity: lower-case scheme and host, no default port,
 * no fragment, no tracking parameters, sorted query. Returns null for
 * anything that is not an http(s) URL.
 *
 * @example canonicalUrl('HTTPS://Example.com:443/a?utm_source=x&b=1#top') // 'https://example.com/a?b=1'
 */
export function canonicalUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const kept = [...url.searchParams.entries()].filter(([key]) => !TRACKING_PARAMS.test(key)).sort(([a], [b]) => a.localeCompare(b));
  url.search = new URLSearchParams(kept).toString();
  return url.toString();
}
