import type { Article } from '../../core/article.js';

/** The text entity offsets index: the title, then the paragraphs, separated by blank lines. */
export function articleText(article: Pick<Article, 'title' | 'paragraphs'>): string {
  return [article.title ?? '', ...article.paragraphs].join('\n\n');
}
