/** Every API route, in the order the OpenAPI document lists them. */
import type { ApiRoute } from './define-route.js';
import { getArticleRoute, listArticlesRoute } from './routes/article-routes.js';
import { getEntityRoute, listEntitiesRoute } from './routes/entity-routes.js';
import { listEventsRoute } from './routes/event-routes.js';
import { ingestRoute } from './routes/ingest-routes.js';
import { searchRoute } from './routes/search-routes.js';
import { listSourcesRoute, statsRoute } from './routes/store-routes.js';
import { getStoryRoute, listStoriesRoute, storyTimelineRoute } from './routes/story-routes.js';

export const API_ROUTES: readonly ApiRoute[] = [
  listStoriesRoute,
  getStoryRoute,
  storyTimelineRoute,
  listEventsRoute,
  listArticlesRoute,
  getArticleRoute,
  listEntitiesRoute,
  getEntityRoute,
  searchRoute,
  listSourcesRoute,
  statsRoute,
  ingestRoute,
];
