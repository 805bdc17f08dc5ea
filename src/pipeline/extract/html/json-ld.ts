/** What a page's JSON-LD says about its article. */
export interface JsonLdArticle {
  headline?: string;
  articleBody?: string;
  datePublished?: string;
  publisher?: string;
  author?: string;
  url?: string;
}

/** JSON-LD nests @graph and arrays a few levels at most; deeper input is not worth following. */
const MAX_DEPTH = 8;
const ARTICLE_TYPE = /Article|Posting|Report|BlogPosting/i;

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string') return value.name;
  return undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/**
 * Collects facts from JSON-LD objects whose @type looks like an article
 * (NewsArticle, Article, ReportageNewsArticle, BlogPosting…), first value wins.
 * Broken JSON is common on real pages and is skipped.
 */
export function readJsonLd(scripts: readonly string[]): JsonLdArticle {
  const facts: JsonLdArticle = {};
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    if (record['@graph']) visit(record['@graph'], depth + 1);
    if (!ARTICLE_TYPE.test(JSON.stringify(record['@type'] ?? ''))) return;
    facts.headline ??= stringOf(record.headline);
    facts.articleBody ??= stringOf(record.articleBody);
    facts.datePublished ??= stringOf(record.datePublished);
    facts.publisher ??= nameOf(record.publisher);
    facts.author ??= nameOf(record.author);
    facts.url ??= stringOf(record.url);
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse(script), 0);
    } catch {
      // Broken JSON-LD: the other metadata sources still count.
    }
  }
  return facts;
}
