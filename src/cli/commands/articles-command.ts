import type { Command } from 'commander';
import type { StoredArticle } from '../../core/article.js';
import type { ArticleFilter } from '../../store/article-store.js';
import { dateBound, wholeNumber } from '../flag-values.js';
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


export function filterFromFlags(flags: ArticlesFlags): ArticleFilter {
  return {
    language: flags.language,
    since: dateBound(flags.since || undefined, '--since'),
    until: dateBound(flags.until || undefined, '--until'),
    source: flags.source,
    allVersions: flags.allVersions,
    limit: wholeNumber(flags.limit, '--limit'),
    offset: wholeNumber(flags.offset, '--offset'),
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
