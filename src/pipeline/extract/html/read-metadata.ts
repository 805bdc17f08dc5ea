import type { Document, Element } from 'domhandler';
import { findAll, getAttributeValue, textContent } from 'domutils';
import type { DateCandidate } from '../extracted-document.js';
import { normalizeWhitespace } from '../normalize-whitespace.js';

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

function metaMap(elements: Element[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const element of elements) {
    if (element.name !== 'meta') continue;
    const key = (getAttributeValue(element, 'property') ?? getAttributeValue(element, 'name') ?? getAttributeValue(element, 'itemprop'))?.toLowerCase();
    const content = getAttributeValue(element, 'content');
    if (key && content && !map.has(key)) map.set(key, normalizeWhitespace(content));
  }
  return map;
}

interface JsonLdFacts {
  headline?: string;
  datePublished?: string;
  publisher?: string;
  author?: string;
  url?: string;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string') return value.name;
  return undefined;
}

/** Collects facts from JSON-LD objects whose @type looks like an article (NewsArticle, Article, ReportageNewsArticle…). */
function readJsonLd(scripts: Element[]): JsonLdFacts {
  const facts: JsonLdFacts = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (Array.isArray(record['@graph'])) visit(record['@graph']);
    const type = JSON.stringify(record['@type'] ?? '');
    if (!/Article|Posting|Report/i.test(type)) return;
    facts.headline ??= typeof record.headline === 'string' ? record.headline : undefined;
    facts.datePublished ??= typeof record.datePublished === 'string' ? record.datePublished : undefined;
    facts.publisher ??= nameOf(record.publisher);
    facts.author ??= nameOf(record.author);
    facts.url ??= typeof record.url === 'string' ? record.url : undefined;
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse(textContent(script)));
    } catch {
      // Broken JSON-LD is common on real pages; the other metadata sources still count.
    }
  }
  return facts;
}

/** Reads title, canonical URL, publisher, author, language and date candidates from a page's markup. */
export function readMetadata(document: Document): PageMetadata {
  const elements = findAll(() => true, document.children);
  const meta = metaMap(elements);
  const jsonLd = readJsonLd(elements.filter((e) => e.name === 'script' && getAttributeValue(e, 'type')?.toLowerCase() === 'application/ld+json'));
  const titleElement = elements.find((e) => e.name === 'title');
  const canonical = elements.find((e) => e.name === 'link' && getAttributeValue(e, 'rel')?.toLowerCase() === 'canonical');
  const html = elements.find((e) => e.name === 'html');

  const dateCandidates: DateCandidate[] = [];
  if (jsonLd.datePublished) dateCandidates.push({ text: jsonLd.datePublished, method: 'json-ld:datePublished' });
  for (const key of DATE_META) {
    const value = meta.get(key);
    if (value) dateCandidates.push({ text: value, method: `meta:${key}` });
  }
  for (const time of elements.filter((e) => e.name === 'time')) {
    const datetime = getAttributeValue(time, 'datetime');
    if (datetime) dateCandidates.push({ text: datetime, method: 'time[datetime]' });
  }

  const title = meta.get('og:title') ?? jsonLd.headline ?? (titleElement ? normalizeWhitespace(textContent(titleElement)) : null);
  return {
    title: title || null,
    canonicalUrl: (canonical && getAttributeValue(canonical, 'href')) || meta.get('og:url') || jsonLd.url || null,
    publisher: meta.get('og:site_name') ?? jsonLd.publisher ?? null,
    author: meta.get('author') ?? meta.get('article:author') ?? jsonLd.author ?? null,
    language: (html && getAttributeValue(html, 'lang')) || meta.get('og:locale') || meta.get('content-language') || null,
    dateCandidates,
  };
}
