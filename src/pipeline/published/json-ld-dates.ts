import type { DateEvidence, DateRole } from './date-evidence.js';
import { readDateValue } from './read-date-value.js';

const DATE_PROPERTIES: Array<[string, DateRole]> = [
  ['datePublished', 'published'],
  ['dateCreated', 'created'],
  ['uploadDate', 'created'],
  ['dateModified', 'modified'],
];
/** Types whose dates are the page's own. */
const ARTICLE_TYPE = /Article|Posting|Report|Blog/;
const PAGE_TYPE = /WebPage|CollectionPage/;
/** Types whose dates are somebody else's: a comment's, a list item's, an image's. */
const FOREIGN_TYPE = /Comment|Answer|Question|ItemList|ListItem|Person|Organization|Review|Rating|Offer|Product|ImageObject|BreadcrumbList/;
/** Properties that lead away from the page's own object: lists of other articles, comments, parts. */
const FOREIGN_LINKS = new Set(['itemListElement', 'comment', 'review', 'hasPart', 'relatedLink', 'citation', 'associatedMedia', 'image', 'video', 'author', 'publisher', 'creator']);

interface Found {
  evidence: DateEvidence;
  /** 0 for article objects, 1 for web pages, 2 for anything else; lower is more trusted. */
  rank: number;
}

function typeOf(record: Record<string, unknown>): string {
  const type = record['@type'];
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
}

function rankOf(type: string): number | null {
  if (ARTICLE_TYPE.test(type)) return 0;
  if (PAGE_TYPE.test(type)) return 1;
  if (FOREIGN_TYPE.test(type)) return null;
  return 2;
}

function visit(node: unknown, found: Found[]): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, found);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const rank = rankOf(typeOf(record));
  if (rank === null) return;
  for (const [property, role] of DATE_PROPERTIES) {
    const value = record[property];
    const text = typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : null;
    const date = text ? readDateValue(text, `json-ld:${property}`) : null;
    if (date) found.push({ evidence: { date, role, source: 'json-ld' }, rank });
  }
  for (const [key, value] of Object.entries(record)) {
    if (!FOREIGN_LINKS.has(key) && value && typeof value === 'object') visit(value, found);
  }
}

/** JSON that pages break in known ways: raw line breaks and tabs inside strings, HTML comments around it. */
function parseLenient(text: string): unknown {
  const cleaned = text.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      return JSON.parse(cleaned.replace(/[\n\r\t]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** When JSON-LD is too broken to parse, its date properties can still be read literally. */
const LITERAL_DATE = /"(datePublished|dateCreated|dateModified)"\s*:\s*"([^"]{8,40})"/g;

function readLiterally(text: string, found: Found[]): void {
  for (const match of text.matchAll(LITERAL_DATE)) {
    const property = match[1]!;
    const role = DATE_PROPERTIES.find(([name]) => name === property)?.[1] ?? 'unknown';
    const date = readDateValue(match[2]!, `json-ld:${property}`);
    if (date) found.push({ evidence: { date, role, source: 'json-ld' }, rank: 2 });
  }
}

/**
 * Dates stated in JSON-LD blocks (including @graph), the page's own objects
 * (articles, then web pages, then other things) first; dates of comments,
 * list items, people and images are skipped.
 */
export function findJsonLdDates(scripts: string[]): DateEvidence[] {
  const found: Found[] = [];
  for (const script of scripts) {
    const data = parseLenient(script);
    if (data === undefined) readLiterally(script, found);
    else visit(data, found);
  }
  return found.sort((a, b) => a.rank - b.rank).map((item) => item.evidence);
}
