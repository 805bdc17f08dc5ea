/** Full-text search in every language, grouped by story. */
import { z } from 'zod';
import { searchStories } from '../../services/search-service.js';
import { defineRoute } from '../define-route.js';
import { dateBound, languageCode, limit, offset, text } from '../query-fields.js';

export const searchRoute = defineRoute({
  method: 'get',
  path: '/search',
  tag: 'search',
  summary: 'Search articles, grouped by story',
  description:
    'Finds articles with every word of `q`, folded so case, diacritics and Arabic-script letter forms do not matter (روحانی finds روحاني, إيران finds ايران, ё is е), ' +
    'and articles that mention an entity `q` names in any script (an Arabic name finds the English articles). Returns `{ query, words, entities, total, totalGroups, ' +
    'truncated, offset, limit, groups }`; each group is `{ story (a story card, or null for an unclustered article), matches, articles }` and each article ' +
    '`{ id, title, language, published, outlet, snippet, marks, matchedBy }`, where `marks` are the matched spans of the snippet as offsets.',
  query: z.strictObject({
    q: text('the words to find, in any language', 500),
    entity: text('only articles that mention this entity (id, or a name in any script)').optional(),
    language: languageCode('only articles in this language'),
    since: dateBound('published on or after this date'),
    until: dateBound('published on or before this date'),
    prefer: languageCode('label stories with a headline in this language when they have one'),
    limit: limit(20, 100),
    offset: offset(),
  }),
  responses: { 200: 'story groups of the matching articles', 400: 'q is missing or has no words', 404: 'the entity filter names no known entity' },
  async handle({ query, deps }) {
    return searchStories(deps.store, query);
  },
});
