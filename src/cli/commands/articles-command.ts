import type { Command } from 'commander';
import type { StoredArticle } from '../../core/article.js';
import { NewsloomError } from '../../core/errors.js';
import type { ArticleFilter } from '../../store/article-store.js';
import { formatTable, printJson, printLine, truncate } from '../output.js';
import { configFor, withStore } from '../store-options.js';

interface ArticlesFlags {
  language?: string;
  since?: string;
  until?: string;
  source?: string;
  limit: string;
  offset: string;
  allVersions?: boolean;
  json?: boolean;
}

const DATE_BOUND = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function parseCount(value: string, name: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new NewsloomError('BAD_ARGUMENT', `--${name} takes a whole number, not "${value}"`);
  return number;
}

export function filterFromFlags(flags: ArticlesFlags): ArticleFilter {
  for (const [name, value] of [['since', flags.since], ['until', flags.until]] as const) {
    if (value && !DATE_BOUND.test(value)) throw new NewsloomError('BAD_ARGUMENT', `--${name} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`);
  }
  return {
    language: flags.language,
    since: flags.since,
    until: flags.until,
    source: flags.source,
    allVersions: flags.allVersions,
    limit: parseCount(flags.limit, 'limit'),
    offset: parseCount(flags.offset, 'offset'),
  };
}

function row(article: StoredArticle): string[] {
  return [article.id, article.language ?? '?', article.published?.value.slice(0, 10) ?? '—', truncate(article.title ?? article.paragraphs[0] ?? '', 70), truncate(article.source, 50)];
}

export function registerArticles(program: Command): void {
  program
    .command('articles')
    .description('list stored articles, newest ingested last')
    .option('-l, --language <code>', 'only this language (ISO 639-1, e.g. ar)')
    .option('--since <date>', 'published on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--until <date>', 'published on or before')
    .option('-s, --source <text>', 'source path/URL, publisher or credited agency contains this')
    .option('-n, --limit <n>', 'at most this many', '50')
    .option('--offset <n>', 'skip this many', '0')
    .option('--all-versions', 'include versions replaced by a newer capture of the same URL')
    .option('--json', 'print JSON (every field of each article)')
    .addHelpText(
      'after',
      `
Examples:
  $ newsloom articles
  $ newsloom articles --language ar --since 2020-10 --json
  $ newsloom articles --source irna --limit 10`,
    )
    .action(async (flags: ArticlesFlags, command: Command) => {
      const filter = filterFromFlags(flags);
      const { articles, total } = await withStore(configFor(command), async (store) => ({
        articles: await store.listArticles(filter),
        total: await store.countArticles({ ...filter, limit: undefined, offset: undefined }),
      }));
      if (flags.json) return printJson({ total, offset: filter.offset, articles });
      if (articles.length === 0) return printLine('No articles match.');
      for (const line of formatTable([['ID', 'LANG', 'PUBLISHED', 'TITLE', 'SOURCE'], ...articles.map(row)])) printLine(line);
      if (total > articles.length) printLine(`(${articles.length} of ${total}; use --limit and --offset for more)`);
    });
}
