import type { Command } from 'commander';
import type { ExtractedArticle } from '../../services/extract-service.js';
import { extractInput } from '../../services/extract-service.js';
import { paragraphLines, removedLines } from '../article-text-lines.js';
import { printJson, printLine } from '../output.js';
import { configFor } from '../store-options.js';

function render(article: ExtractedArticle): string[] {
  const lines = [
    article.title ?? '(no headline)',
    `language ${article.language ?? 'unknown'} · published ${article.published ? `${article.published.value} (${article.published.precision}, ${article.published.method})` : 'unknown'}`,
    `dateline ${article.dateline?.place ?? '—'} · credit ${article.credit ?? '—'} · publisher ${article.publisher ?? '—'}`,
    '',
    ...paragraphLines(article),
  ];
  return [...lines, ...removedLines(article)];
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract the article from one file or URL and print it, without storing anything')
    .argument('<input>', 'a .txt/.html file (or .gz), a JSON/JSONL/feed/WARC file, or an http(s) URL')
    .option('--json', 'print JSON: language, title, published, publishedPrecision, dateline, credit, publisher, paragraphs, removed, …')
    .addHelpText(
      'after',
      `
A single page prints one article; a feed, JSONL or WARC file prints one per item.

Examples:
  $ newsloom extract article.txt
  $ newsloom extract page.html --json
  $ newsloom extract https://example.com/news/story.html --json`,
    )
    .action(async (input: string, flags: { json?: boolean }, command: Command) => {
      const articles = await extractInput(input, configFor(command));
      const shaped = articles.map((article) => ({ ...article, publishedPrecision: article.published?.precision ?? null }));
      if (flags.json) return printJson(shaped.length === 1 ? shaped[0] : shaped);
      shaped.forEach((article, index) => {
        if (index > 0) printLine('─'.repeat(60));
        for (const line of render(article)) printLine(line);
      });
    });
}
