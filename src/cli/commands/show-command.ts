import type { Command } from 'commander';
import type { StoredArticle } from '../../core/article.js';
import { NewsloomError } from '../../core/errors.js';
import { paragraphLines, removedLines } from '../article-text-lines.js';
import { printJson, printLine } from '../output.js';
import { configFor, withStore } from '../store-options.js';

function renderArticle(article: StoredArticle): string[] {
  const lines = [
    `${article.title ?? '(no headline)'}`,
    '',
    `id          ${article.id}`,
    `source      ${article.source}${article.locator ? ` #${article.locator}` : ''}`,
    `url         ${article.url ?? '—'}`,
    `language    ${article.language ?? 'unknown'}`,
    `published   ${article.published ? `${article.published.value} (${article.published.precision}, from ${article.published.method})` : 'unknown'}`,
    `dateline    ${article.dateline ? [article.dateline.place, article.dateline.agency].filter(Boolean).join(', ') : '—'}`,
    `credit      ${article.credit ?? '—'}`,
    `publisher   ${article.publisher ?? '—'}`,
    `charset     ${article.charset}`,
  ];
  if (article.previousVersionId) lines.push(`replaces    ${article.previousVersionId}`);
  lines.push('', ...paragraphLines(article));
  if (article.captions.length) lines.push('Captions:', ...article.captions.map((c) => `  ${c}`), '');
  if (article.relatedLinks.length) lines.push('Related links:', ...article.relatedLinks.map((l) => `  ${l.text}${l.url ? ` <${l.url}>` : ''}`), '');
  return [...lines, ...removedLines(article)];
}

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('show one article: metadata, clean text, and every removed line with the reason')
    .argument('<id>', 'article id or a unique prefix of it (at least 4 characters)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ newsloom show 3f2a9c1e
  $ newsloom show 3f2a --json`,
    )
    .action(async (id: string, flags: { json?: boolean }, command: Command) => {
      const article = await withStore(configFor(command), (store) => store.getArticle(id));
      if (!article) throw new NewsloomError('NOT_FOUND', `no article with id ${id}`, id);
      if (flags.json) printJson(article);
      else for (const line of renderArticle(article)) printLine(line);
    });
}
