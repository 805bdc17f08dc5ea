import { normalizeWhitespace } from '../normalize-whitespace.js';

/** Separators between a headline and the site name in <title> and og:title. */
const SEPARATOR = /\s+[|\-–—:·•»/]{1,2}\s+|\s*[|]\s*/;
/** A trailing part this short (in words) is a site or section name, not part of the headline (assumed, checked on the Zyte benchmark). */
const MAX_SITE_WORDS = 4;

function comparable(text: string): string {
  return text.toLowerCase().replace(/^www\./, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function looksLikeSite(part: string, siteNames: readonly string[]): boolean {
  const key = comparable(part);
  if (!key) return true;
  return siteNames.some((name) => {
    const site = comparable(name);
    return site.length > 0 && (key === site || key.includes(site) || (key.length >= 3 && site.includes(key)));
  });
}

/**
 * Strips the site name from a page title: "Headline | Site", "Headline - Site",
 * "Site: Headline". A part is dropped when it names the site (og:site_name,
 * publisher, host) or, failing that, when it is a short trailing part after
 * a longer headline.
 *
 * @example
 * cleanTitle('Floods hit the north - The Daily Example', ['The Daily Example']) // 'Floods hit the north'
 */
export function cleanTitle(raw: string, siteNames: readonly string[]): string {
  const title = normalizeWhitespace(raw);
  // "Site: Headline": a colon separates only when what precedes it is the site's name.
  const colon = title.indexOf(': ');
  if (colon > 0 && siteNames.length > 0 && looksLikeSite(title.slice(0, colon), siteNames)) return cleanTitle(title.slice(colon + 2), siteNames);
  const parts = title.split(SEPARATOR).filter((part) => part.trim() !== '');
  if (parts.length < 2) return title;
  const kept = parts.filter((part) => !looksLikeSite(part, siteNames));
  if (kept.length > 0 && kept.length < parts.length) return rejoin(title, kept);
  const last = parts[parts.length - 1] as string;
  const rest = parts.slice(0, -1);
  if (last.split(/\s+/).length <= MAX_SITE_WORDS && rest.join(' ').length > last.length) return rejoin(title, rest);
  return title;
}

/** Rejoins kept parts with the separators they had in the original title. */
function rejoin(title: string, kept: readonly string[]): string {
  const first = kept[0] as string;
  const last = kept[kept.length - 1] as string;
  const start = title.indexOf(first);
  const end = title.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : kept.join(' ');
}
