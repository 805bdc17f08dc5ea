/**
 * The HTTP face: a Hono app with the JSON API under /api and the web
 * application everywhere else, over one store. Handlers are thin: validation
 * here, work in the services, so the API and the CLI print the same objects.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Fetcher } from '../ingest/types.js';
import type { ArticleStore } from '../store/article-store.js';
import { ApiError, toApiError } from './api-error.js';
import { API_ROUTES } from './api-routes.js';
import type { ApiRoute, AppDeps } from './define-route.js';
import { hostGuard } from './host-guard.js';
import { OPENAPI_PATH, openApiDocument } from './openapi.js';
import { requireToken } from './require-token.js';
import { securityHeaders } from './security-headers.js';
import type { AppConfig } from './server-config.js';
import { serveWebApp } from './static-web.js';
import { parseInput } from './validate.js';
import { createWriteQueue, type WriteQueue } from './write-queue.js';

export interface AppOptions {
  store: ArticleStore;
  config: AppConfig;
  /** Version shown in the OpenAPI document. */
  version?: string;
  /** Fetches submitted URLs; the HTTP fetcher unless another is given (tests, offline runs). */
  fetcher?: Fetcher;
  /** Logs unexpected errors (bugs); stderr unless another is given. */
  logError?: (error: unknown) => void;
}

export interface NewsloomApp {
  app: Hono;
  /** Writes run one at a time; resolves when none is running (before closing the store). */
  writes: WriteQueue;
}

/** The full paths a route answers ("/stories/:id" → /api/stories/<one segment>), to tell a wrong method from an unknown path. */
function routePattern(route: ApiRoute): RegExp {
  const segments = route.path.split('/').map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')));
  return new RegExp(`^/api${segments.join('/')}/?$`, 'u');
}

function errorResponse(c: Context, error: ApiError): Response {
  return c.json(error.body(), error.status as 400);
}

function mount(api: Hono, route: ApiRoute, deps: AppDeps): void {
  const handler = async (c: Context): Promise<Response> => {
    const query = route.query ? parseInput(route.query, c.req.query(), 'query parameter') : {};
    const params = route.params ? parseInput(route.params, c.req.param(), 'path parameter') : {};
    const result = await route.handle({ query, params, request: c.req.raw, deps });
    return result instanceof Response ? result : c.json(result);
  };
  if (!route.write) {
    api.on(route.method.toUpperCase(), route.path, handler);
    return;
  }
  // The token is checked before the body is read: nobody without it can make the server take in megabytes.
  const limit = bodyLimit({
    maxSize: deps.config.maxUploadBytes,
    onError: () => {
      throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `the body is over the upload limit of ${deps.config.maxUploadBytes} bytes (set by --max-upload-bytes or NEWSLOOM_MAX_UPLOAD_BYTES)`);
    },
  });
  api.on(route.method.toUpperCase(), route.path, requireToken(deps.config.token), limit, handler);
}

/**
 * Builds the app. Nothing listens: `startServer` does, and tests call `app.request()`.
 * @example const { app } = createApp({ store, config: loadAppConfig() })
 */
export function createApp(options: AppOptions): NewsloomApp {
  const writes = createWriteQueue();
  const deps: AppDeps = { store: options.store, config: options.config, writes, fetcher: options.fetcher };
  const logError = options.logError ?? ((error: unknown) => console.error('newsloom serve: internal error:', error));
  const document = openApiDocument(API_ROUTES, options.version ?? '0.0.0');

  const app = new Hono();
  app.use('*', securityHeaders());
  app.onError((error, c) => {
    const apiError = toApiError(error);
    if (apiError.status >= 500 && apiError.code === 'INTERNAL') logError(error);
    if (!c.req.path.startsWith('/api/') && c.req.path !== '/api') return c.text(apiError.message, apiError.status as 400);
    return errorResponse(c, apiError);
  });
  app.use('*', hostGuard(options.config.host));

  const api = new Hono();
  api.get('/openapi.json', (c) => c.json(document));
  for (const route of API_ROUTES) mount(api, route, deps);
  api.all('*', (c) => {
    if (API_ROUTES.some((route) => routePattern(route).test(c.req.path))) throw new ApiError(405, 'METHOD_NOT_ALLOWED', `${c.req.method} is not allowed on ${c.req.path}`);
    throw new ApiError(404, 'UNKNOWN_ROUTE', `no API endpoint ${c.req.method} ${c.req.path} (the endpoints are listed at ${OPENAPI_PATH})`);
  });
  app.route('/api', api);

  const web = serveWebApp(options.config.webDir);
  app.on(['GET', 'HEAD'], '*', web);
  app.all('*', (c) => c.text('method not allowed', 405));
  return { app, writes };
}
