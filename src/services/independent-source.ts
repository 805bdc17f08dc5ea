import { siteHost } from './outlet-name.js';

/**
 * Who an article's report comes from, for counting independent sources: the
 * agency it credits (a reprint of IRNA at another site is IRNA's report),
 * else its publisher, else the host of its URL. A file with none of these is
 * its own source, named by its file name: files of unknown origin may come
 * from anywhere, and lumping a folder of them into one outlet would hide
 * corroboration.
 * @example independentSource({ credit: 'IRNA', publisher: null, url: 'https://www.globalsecurity.org/x', source: 'a.html' }) // 'IRNA'
 */
export function independentSource(article: { credit: string | null; publisher: string | null; url: string | null; source: string }): string {
  if (article.credit) return article.credit;
  if (article.publisher) return article.publisher;
  return siteHost(article.url) ?? article.source.split(/[\\/]/u).at(-1) ?? article.source;
}
