import type { ArticleStore } from '../store/article-store.js';

/**
 * Documents of one site a short line must appear in before it counts as that
 * site's boilerplate (banners, menus, footers recur on every page; three keeps
 * a headline repeated by two updates of one story from being learned).
 */
export const SITE_BOILERPLATE_MIN_DOCUMENTS = 3;

/** The learned boilerplate lines of each of these sites, read once per site. */
export async function loadSiteBoilerplate(store: ArticleStore, sites: Iterable<string>): Promise<Map<string, Set<string>>> {
  const learned = new Map<string, Set<string>>();
  for (const site of new Set(sites)) learned.set(site, await store.siteBoilerplate(site, SITE_BOILERPLATE_MIN_DOCUMENTS));
  return learned;
}
