import type { Element } from 'domhandler';
import type { DateEvidence, DateRole } from './date-evidence.js';
import { readDateValue } from './read-date-value.js';

/**
 * Meta names, properties and itemprops that state a date, with what date they
 * state. Order within a role is trust order: Open Graph article tags and
 * schema.org itemprops are written by the CMS at publication, generic "date"
 * and Dublin Core are often filled with the rendering day.
 */
const META_ROLES: Array<[string, DateRole]> = [
  ['article:published_time', 'published'],
  ['og:article:published_time', 'published'],
  ['og:published_time', 'published'],
  ['article:published', 'published'],
  ['article.published', 'published'],
  ['datepublished', 'published'],
  ['date_published', 'published'],
  ['published_time', 'published'],
  ['published-date', 'published'],
  ['publishdate', 'published'],
  ['publish-date', 'published'],
  ['publish_date', 'published'],
  ['publication_date', 'published'],
  ['publication-date', 'published'],
  ['pubdate', 'published'],
  ['parsely-pub-date', 'published'],
  ['sailthru.date', 'published'],
  ['rnews:datepublished', 'published'],
  ['bt:pubdate', 'published'],
  ['cxenseparse:recs:publishtime', 'published'],
  ['shareaholic:article_published_time', 'published'],
  ['article_date_original', 'published'],
  ['originalpublicationdate', 'published'],
  ['dcsext.articlefirstpublished', 'published'],
  ['citation_publication_date', 'published'],
  ['bepress_citation_date', 'published'],
  ['bepress_citation_online_date', 'published'],
  ['citation_online_date', 'published'],
  ['citation_date', 'published'],
  ['prism.publicationdate', 'published'],
  ['dc.date.issued', 'published'],
  ['dcterms.issued', 'published'],
  ['dc.date.publication', 'published'],
  ['og:pubdate', 'published'],
  ['pdate', 'published'],
  ['ptime', 'published'],
  ['dateposted', 'published'],
  ['displaydate', 'published'],
  ['dc.date', 'published'],
  ['dcterms.date', 'published'],
  ['date', 'published'],
  ['datecreated', 'created'],
  ['date_created', 'created'],
  ['article.created', 'created'],
  ['created', 'created'],
  ['dc.created', 'created'],
  ['dc.date.created', 'created'],
  ['dcterms.created', 'created'],
  ['content_create_date', 'created'],
  ['article:modified_time', 'modified'],
  ['og:updated_time', 'modified'],
  ['datemodified', 'modified'],
  ['dc.date.modified', 'modified'],
  ['dcterms.modified', 'modified'],
  ['last-modified', 'modified'],
  ['lastmod', 'modified'],
  ['revised', 'modified'],
];
const RANK = new Map(META_ROLES.map(([key], position) => [key, position]));
const ROLE = new Map(META_ROLES);

/** Dublin Core is written "DC.date", "dc:date" and "DCTERMS.issued" alike. */
function normalizeKey(key: string): string {
  return key.trim().toLowerCase().replace(/^(dc|dcterms):/, '$1.');
}

function keyOf(meta: Element): string | null {
  const { property, name, itemprop } = meta.attribs;
  const httpEquiv = meta.attribs['http-equiv'];
  for (const key of [property, name, itemprop, httpEquiv]) {
    const normalized = key ? normalizeKey(key) : '';
    if (ROLE.has(normalized)) return normalized;
  }
  return null;
}

/** Dates stated by <meta> tags, most trusted key first (document order among equal keys). */
export function findMetaDates(metas: Element[]): DateEvidence[] {
  const found: Array<{ evidence: DateEvidence; rank: number }> = [];
  for (const meta of metas) {
    const key = keyOf(meta);
    const content = meta.attribs.content ?? meta.attribs.datetime;
    if (!key || !content) continue;
    const date = readDateValue(content, `meta:${key}`);
    if (date) found.push({ evidence: { date, role: ROLE.get(key)!, source: 'meta' }, rank: RANK.get(key)! });
  }
  return found.sort((a, b) => a.rank - b.rank).map((item) => item.evidence);
}
