/** The store as a whole: its outlets and its numbers. */
import { z } from 'zod';
import { storeOverview } from '../../services/overview-service.js';
import { listOutlets } from '../../services/source-service.js';
import { defineRoute } from '../define-route.js';
import { limit, offset } from '../query-fields.js';

export const listSourcesRoute = defineRoute({
  method: 'get',
  path: '/sources',
  tag: 'store',
  summary: 'List outlets',
  description:
    'Outlets (the publisher an article states, else its site, else the folder it was read from), most articles first: `{ total, offset, limit, sources }`, ' +
    'each `{ outlet, articles, languages, firstPublished, lastPublished }`. An outlet name works as the `source` filter of /api/articles.',
  query: z.strictObject({ limit: limit(100, 1000), offset: offset() }),
  responses: { 200: 'a page of outlets' },
  async handle({ query, deps }) {
    const outlets = await listOutlets(deps.store);
    return { total: outlets.length, offset: query.offset, limit: query.limit, sources: outlets.slice(query.offset, query.offset + query.limit) };
  },
});

export const statsRoute = defineRoute({
  method: 'get',
  path: '/stats',
  tag: 'store',
  summary: 'Store statistics',
  description:
    'What `newsloom stats --json` prints (documents, articles, currentArticles, versions, byLanguage, byOriginKind, firstPublished, lastPublished, rawBytes), ' +
    'without the data directory, plus `stories`.',
  query: z.strictObject({}),
  responses: { 200: 'the counts' },
  async handle({ deps }) {
    return storeOverview(deps.store);
  },
});
