/**
 * The outlet an article counts for: the publisher it states, else the host of
 * its URL, else the folder its file was read from (a folder of pages saved
 * from one site is the usual way such files arrive). Stories count sources
 * and the sources list groups articles by this one name.
 * @example outletName({ publisher: null, url: 'https://www.irna.ir/news/1', source: 'x' }) // 'irna.ir'
 */
export function outletName(article: { publisher: string | null; url: string | null; source: string }): string {
  if (article.publisher) return article.publisher;
  const host = siteHost(article.url);
  if (host) return host;
  const parts = article.source.split(/[\\/]/u);
  return parts.length > 1 ? (parts.at(-2) ?? article.source) : article.source;
}

/**
 * The site a URL belongs to, without "www."; null for no URL or one that does not parse.
 * @example siteHost('https://www.irna.ir/news/1') // 'irna.ir'
 */
export function siteHost(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    return null;
  }
}
