/** Entities: search by any alias in any script, and one entity with its aliases, mentions over time, neighbours and stories. */
import { z } from 'zod';
import { getEntityView } from '../../services/entity-view.js';
import { searchEntities } from '../../services/entity-queries.js';
import { notFound } from '../api-error.js';
import { defineRoute } from '../define-route.js';
import { languageCode, limit, offset, oneOf, text } from '../query-fields.js';

const ENTITY_TYPES = ['person', 'place', 'organization', 'other'] as const;

export const listEntitiesRoute = defineRoute({
  method: 'get',
  path: '/entities',
  tag: 'entities',
  summary: 'List or search entities',
  description:
    'People, places, organisations and other names, most covered first, as `newsloom entities --json` prints them: `{ offset, limit, hasMore, entities }`, ' +
    'each with id, type, name, placeId, country, mentions, documents, firstSeen, lastSeen.',
  query: z.strictObject({
    search: text('part of a name in any script, matched without case, diacritics or letter-form differences').optional(),
    type: oneOf(ENTITY_TYPES, 'only entities of this type').optional(),
    limit: limit(50, 500),
    offset: offset(),
  }),
  responses: { 200: 'a page of entities; hasMore says whether another page follows' },
  async handle({ query, deps }) {
    // One more than asked tells whether another page follows without counting every match.
    const found = await searchEntities(deps.store, { search: query.search, type: query.type, limit: query.limit + 1, offset: query.offset });
    return { offset: query.offset, limit: query.limit, hasMore: found.length > query.limit, entities: found.slice(0, query.limit) };
  },
});

export const getEntityRoute = defineRoute({
  method: 'get',
  path: '/entities/:id',
  tag: 'entities',
  summary: 'One entity',
  description:
    'An entity by id (e.g. `person:…`, `place:RU`), else the best-covered entity with this name or alias in any script. Everything `newsloom entity --json` prints ' +
    '(aliases with language, script, evidence and mentions; articles; coOccurring with counts; timeline by month) plus `otherMatches`, `aliasGroups` (by script and language), ' +
    '`mentionsByDay`, `stories` (story cards, newest first) and `storiesTotal`.',
  params: z.strictObject({ id: text('an entity id, or a name or alias in any script') }),
  query: z.strictObject({ prefer: languageCode('label stories with a headline in this language when they have one'), 'story-limit': limit(20, 200) }),
  responses: { 200: 'the entity', 404: 'no entity has this id, name or alias' },
  async handle({ params, query, deps }) {
    const entity = await getEntityView(deps.store, params.id, { prefer: query.prefer, storyLimit: query['story-limit'] });
    if (!entity) throw notFound('entity', params.id);
    return entity;
  },
});
