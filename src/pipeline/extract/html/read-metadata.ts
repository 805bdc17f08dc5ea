import type { Element } from 'domhandler';
import type { DateCandidate } from '../extracted-document.js';
import { normalizeWhitespace } from '../normalize-whitespace.js';
import { cleanTitle } from './clean-title.js';
import type { JsonLdArticle } from './json-ld.js';
import type { HeadMaterial } from './page-index.js';

export interface PageMetadata {
  title: string | null;
  canonicalUrl: string | null;
  publisher: string | null;
  author: string | null;
  language: string | null;
  dateCandidates: DateCandidate[];
}

/** Meta names/properties that state a publication date, most trusted first. */
const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'publishdate',
  'pubdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.created',
  'dc.date',
  'date',
];

function metaMap(elements: readonly Element[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const element of elements) {
    const { property, name, itemprop, content } = element.attribs;
    const key = (property ?? name ?? itemprop)?.toLowerCase();
    if (key && content && !map.has(key)) {
      const value = normalizeWhitespace(content);
      if (value) map.set(key, value);
    }
  }
  return map;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Reads headline, canonical URL, publisher, author, language and date
 * candidates from the page's head material and JSON-LD. The headline is the
 * first of og:title, JSON-LD headline, the first <h1>, <title>, with the site
 * name stripped.
 */
export function readMetadata(head: HeadMaterial, jsonLd: JsonLdArticle, firstHeading: string | null, url: string | null): PageMetadata {
  const meta = metaMap(head.metas);
  const canonical = head.links.find((link) => link.attribs.rel?.toLowerCase().split(/\s+/).includes('canonical'))?.attribs.href;
  const canonicalUrl = canonical?.trim() || meta.get('og:url') || jsonLd.url || null;
  const publisher = meta.get('og:site_name') ?? jsonLd.publisher ?? null;

  const dateCandidates: DateCandidate[] = [];
  if (jsonLd.datePublished) dateCandidates.push({ text: jsonLd.datePublished, method: 'json-ld:datePublished' });
  for (const key of DATE_META) {
    const value = meta.get(key);
    if (value) dateCandidates.push({ text: value, method: `meta:${key}` });
  }
  for (const datetime of head.times) dateCandidates.push({ text: datetime, method: 'time[datetime]' });

  const siteNames = [publisher, meta.get('application-name'), hostOf(canonicalUrl), hostOf(url)].filter((name): name is string => !!name);
  const rawTitle = meta.get('og:title') ?? meta.get('twitter:title') ?? jsonLd.headline ?? firstHeading ?? head.titleText;
  const title = rawTitle ? cleanTitle(rawTitle, siteNames) : '';
  return {
    title: title || null,
    canonicalUrl,
    publisher,
    author: [meta.get('author'), meta.get('article:author'), jsonLd.author].find((name) => name && !/^https?:\/\//.test(name)) ?? null,
    language: head.htmlLang?.trim() || meta.get('og:locale') || meta.get('content-language') || null,
    dateCandidates,
  };
}
