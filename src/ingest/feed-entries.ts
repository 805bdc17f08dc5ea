/**
 * One shape for the items of every feed format feedsmith parses, so the rest of the
 * feed reader does not care whether an item came from RSS, Atom, RDF or JSON Feed.
 */
import type { AnyFeed, AtomFeed, JsonFeed, RdfFeed, RssFeed } from 'feedsmith';
import type { DocumentContentType } from '../core/raw-document.js';

/** A body an item carries, with the document type it becomes. */
export interface FeedText {
  value: string;
  contentType: DocumentContentType;
}

export interface FeedEntry {
  title?: string;
  link?: string;
  guid?: string;
  /** The date as the feed wrote it (feedsmith does not normalise dates unless asked to). */
  published?: string;
  author?: string;
  language?: string;
  /** The full article (RSS content:encoded, Atom content, JSON Feed content_html/content_text). */
  content?: FeedText;
  /** The teaser (RSS/RDF description, Atom summary, JSON Feed summary). */
  summary?: FeedText;
}

export interface FeedChannel {
  title?: string;
  entries: FeedEntry[];
}

/** The channel title and normalised items of a feed parsed by feedsmith. */
export function feedChannel(parsed: AnyFeed): FeedChannel {
  switch (parsed.format) {
    case 'rss':
      return { title: parsed.feed.title, entries: (parsed.feed.items ?? []).map((item) => rssEntry(item, feedLanguage(parsed.feed))) };
    case 'rdf':
      return { title: parsed.feed.title, entries: (parsed.feed.items ?? []).map((item) => rdfEntry(item, parsed.feed.dc?.languages?.[0])) };
    case 'atom':
      return { title: parsed.feed.title?.value, entries: (parsed.feed.entries ?? []).map((entry) => atomEntry(entry, parsed.feed.xml?.lang)) };
    case 'json':
      return { title: parsed.feed.title, entries: (parsed.feed.items ?? []).map((item) => jsonEntry(item, parsed.feed)) };
  }
}

function feedLanguage(feed: RssFeed.Feed<string>): string | undefined {
  return feed.language ?? feed.dc?.languages?.[0];
}

function html(value: string | undefined): FeedText | undefined {
  return value ? { value, contentType: 'text/html' } : undefined;
}

function plain(value: string | undefined): FeedText | undefined {
  return value ? { value, contentType: 'text/plain' } : undefined;
}

function rssEntry(item: RssFeed.Item<string>, channelLanguage: string | undefined): FeedEntry {
  return {
    title: item.title,
    link: item.link,
    guid: item.guid?.value,
    published: item.pubDate ?? item.dc?.dates?.[0],
    author: item.authors?.[0]?.name ?? item.dc?.creators?.[0],
    language: item.dc?.languages?.[0] ?? channelLanguage,
    content: html(item.content?.encoded),
    // RSS descriptions are entity-escaped HTML by convention.
    summary: html(item.description),
  };
}

function rdfEntry(item: RdfFeed.Item<string>, channelLanguage: string | undefined): FeedEntry {
  return {
    title: item.title,
    link: item.link,
    guid: item.rdf?.about,
    published: item.dc?.dates?.[0],
    author: item.dc?.creators?.[0],
    language: item.dc?.languages?.[0] ?? channelLanguage,
    content: html(item.content?.encoded),
    summary: html(item.description),
  };
}

function atomEntry(entry: AtomFeed.Entry<string>, feedLanguage: string | undefined): FeedEntry {
  const link = entry.links?.find((candidate) => !candidate.rel || candidate.rel === 'alternate') ?? entry.links?.[0];
  return {
    title: entry.title?.value,
    link: link?.href,
    guid: entry.id,
    published: entry.published ?? entry.updated,
    author: entry.authors?.[0]?.name,
    language: entry.xml?.lang ?? feedLanguage,
    content: entry.content?.src ? undefined : atomText(entry.content?.value, entry.content?.type),
    summary: atomText(entry.summary?.value, entry.summary?.type),
  };
}

/** Atom text constructs: "html" and "xhtml" are markup, "text" (the default) is plain; other MIME types are not articles. */
function atomText(value: string | undefined, type: string | undefined): FeedText | undefined {
  const kind = (type ?? 'text').toLowerCase();
  if (kind === 'html' || kind === 'xhtml' || kind.includes('html')) return html(value);
  if (kind === 'text' || kind.startsWith('text/')) return plain(value);
  return undefined;
}

function jsonEntry(item: JsonFeed.Item<string>, feed: JsonFeed.Feed<string>): FeedEntry {
  return {
    title: item.title,
    link: item.url ?? item.external_url,
    guid: item.id,
    published: item.date_published ?? item.date_modified,
    author: item.authors?.[0]?.name ?? feed.authors?.[0]?.name,
    language: item.language ?? feed.language,
    content: html(item.content_html) ?? plain(item.content_text),
    summary: plain(item.summary),
  };
}
