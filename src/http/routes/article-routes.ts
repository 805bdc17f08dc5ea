/** Articles: the list with the `articles` command's filters, and one article with its story, copies and entities. */
import { z } from 'zod';
import { getArticleDetail } from '../../services/article-view.js';
import { notFound } from '../api-error.js';
import { defineRoute } from '../define-route.js';
import { dateBound, flag, languageCode, limit, offset, text } from '../query-fields.js';

export const listArticlesRoute = defineRoute({
  method: 'get',
  path: '/articles',
  tag: 'articles',
  summary: 'List articles',
  description:
    'Stored articles in ingestion order, as `newsloom articles --json` prints them: `{ total, offset, limit, articles }`, each article with every field ' +
    '(id, source, url, title, language, published {value, precision, method}, publisher, credit, author, paragraphs, dateline, captions, relatedLinks, removed, opinionParagraphs).',
  query: z.strictObject({
    language: languageCode('only articles in this language'),
    since: dateBound('published on or after this date'),
    until: dateBound('published on or before this date'),
    source: text('the source path or URL, the publisher or the credited agency contains this (an outlet name from /api/sources works)').optional(),
    'all-versions': flag('include versions replaced by a newer capture of the same URL'),
    limit: limit(50, 200),
    offset: offset(),
  }),
  responses: { 200: 'a page of articles with the total that match' },
  async handle({ query, deps }) {
    const filter = { language: query.language, since: query.since, until: query.until, source: query.source, allVersions: query['all-versions'] };
    const [articles, total] = await Promise.all([deps.store.listArticles({ ...filter, limit: query.limit, offset: query.offset }), deps.store.countArticles(filter)]);
    return { total, offset: query.offset, limit: query.limit, articles };
  },
});

export const getArticleRoute = defineRoute({
  method: 'get',
  path: '/articles/:id',
  tag: 'articles',
  summary: 'One article',
  description:
    'An article by id or unique id prefix: every field `newsloom show ID --json` prints (clean text in `paragraphs`, each removed line with its reason in `removed`), ' +
    'plus `outlet`, `story` ({id, label} or null), `duplicateOf` and `relation` (for a copy), `copies` (copies of this article) and `entities` ({id, name, type, mentions}).',
  params: z.strictObject({ id: z.string().regex(/^[0-9a-fA-F]{4,16}$/u, { error: 'must be an article id: 4 to 16 hexadecimal characters' }).meta({ description: 'an article id or a unique prefix of one' }) }),
  responses: { 200: 'the article', 404: 'no article has this id', 400: 'the id is malformed or the prefix matches several articles' },
  async handle({ params, deps }) {
    const article = await getArticleDetail(deps.store, params.id);
    if (!article) throw notFound('article', params.id);
    return article;
  },
});
