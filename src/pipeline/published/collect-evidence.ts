import type { Document } from 'domhandler';
import type { DateEvidence } from './date-evidence.js';
import { findHolderDates } from './holder-dates.js';
import { findJsonLdDates } from './json-ld-dates.js';
import { findMarkupDates } from './markup-dates.js';
import { findMetaDates } from './meta-dates.js';
import { indexPage } from './page-index.js';
import { isPlausiblePublication } from './plausible-date.js';
import { findPageTextDates } from './page-text-dates.js';
import { findTitleWindowDates } from './title-window-dates.js';
import { findUrlDate } from './url-date.js';

/** Every plausible date the page states, grouped by where it was found, each group in trust order. */
export interface PageEvidence {
  /** Where the article's title starts in the visible text (segment index), when a heading is the title. */
  titleAt: number | null;
  jsonLd: DateEvidence[];
  meta: DateEvidence[];
  /** <time>, <abbr>, itemprop elements in the article. */
  markup: DateEvidence[];
  url: DateEvidence | null;
  /** Date lines: elements whose class/id says date, byline, meta… */
  holders: DateEvidence[];
  /** Dates written just above or below the title. */
  nearTitle: DateEvidence[];
  /** Dates written anywhere in the page's text, the most repeated first; read only when asked (it is the costly one). */
  pageText: () => DateEvidence[];
}

export interface CollectOptions {
  url?: string | null;
  reference: Date;
}

/** Gathers the date evidence of a page, dropping dates before 1995 or after the reference day. */
export function collectEvidence(document: Document, options: CollectOptions): PageEvidence {
  const page = indexPage(document);
  const languages = page.language ? [page.language] : undefined;
  const plausible = (item: DateEvidence): boolean => isPlausiblePublication(item.date, options.reference);
  // The URL the page was fetched from may be a short or tracking link; its canonical URL may carry the date instead.
  const urls = [options.url, page.canonicalUrl, page.ogUrl].filter((url): url is string => Boolean(url));
  const urlDate = urls.map(findUrlDate).find((date) => date !== null) ?? null;
  const urlEvidence: DateEvidence | null = urlDate ? { date: urlDate, role: 'published', source: 'url' } : null;
  let pageText: DateEvidence[] | undefined;
  return {
    titleAt: page.titleHeading?.textIndex ?? null,
    jsonLd: findJsonLdDates(page.jsonLd).filter(plausible),
    meta: findMetaDates(page.metas).filter(plausible),
    markup: findMarkupDates(page.dateMarkup, languages).filter(plausible),
    url: urlEvidence && plausible(urlEvidence) ? urlEvidence : null,
    holders: findHolderDates(page.dateHolders, languages).filter(plausible),
    nearTitle: findTitleWindowDates(page).filter(plausible),
    pageText: () => (pageText ??= findPageTextDates(page).filter(plausible)),
  };
}
