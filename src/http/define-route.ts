/**
 * One API route, declared once: its method and path, the zod schemas its
 * input is validated with, what the OpenAPI document says about it, and a
 * thin handler over the services. `createApp` mounts the routes and
 * `openApiDocument` describes them, from the same declarations.
 */
import type { z } from 'zod';
import type { Fetcher } from '../ingest/types.js';
import type { ArticleStore } from '../store/article-store.js';
import type { AppConfig } from './server-config.js';
import type { WriteQueue } from './write-queue.js';

/** What handlers work with. */
export interface AppDeps {
  store: ArticleStore;
  config: AppConfig;
  writes: WriteQueue;
  /** Fetches URLs for ingestion; the HTTP fetcher unless another is given (tests, offline runs). */
  fetcher?: Fetcher;
}

export interface RouteInput<Q, P> {
  query: Q;
  params: P;
  request: Request;
  deps: AppDeps;
}

/** An OpenAPI request body, written by hand for the routes that take one. */
export interface RequestBodyDoc {
  required: boolean;
  content: Record<string, { schema: Record<string, unknown> }>;
}

export interface RouteSpec<QS extends z.ZodType, PS extends z.ZodType> {
  method: 'get' | 'post';
  /** Below /api, in Hono's syntax ("/stories/:id"). */
  path: string;
  summary: string;
  description: string;
  tag: string;
  query?: QS;
  params?: PS;
  requestBody?: RequestBodyDoc;
  /** Writes need the operator's token and a body within the upload limit. */
  write?: boolean;
  /** Status → what it means, for the OpenAPI document (errors are added from the route's shape). */
  responses: Record<number, string>;
  /** Returns the JSON to send (or a ready Response). */
  handle(input: RouteInput<z.output<QS>, z.output<PS>>): Promise<unknown>;
}

/** A route with its input types erased, so routes of every shape live in one list. */
export type ApiRoute = RouteSpec<z.ZodType, z.ZodType>;

export function defineRoute<QS extends z.ZodType = z.ZodType, PS extends z.ZodType = z.ZodType>(spec: RouteSpec<QS, PS>): ApiRoute {
  return spec as unknown as ApiRoute;
}
