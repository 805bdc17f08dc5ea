import type { Article } from '../core/article.js';

/** The clean text of an article for the terminal, appended opinion marked, one blank line between paragraphs. */
export function paragraphLines(article: Pick<Article, 'paragraphs' | 'opinionParagraphs'>): string[] {
  return article.paragraphs.flatMap((paragraph, index) => [article.opinionParagraphs.includes(index) ? `[opinion] ${paragraph}` : paragraph, '']);
}

/** Every removed line or block with its reason (and line number for plain text). */
export function removedLines(article: Pick<Article, 'removed'>): string[] {
  if (article.removed.length === 0) return [];
  return ['Removed:', ...article.removed.map((block) => `  ${block.line ? `line ${block.line}: ` : ''}${block.text}  [${block.reason}]`)];
}
