/**
 * One function per API endpoint the pages use. List endpoints are read into `Page<T>` whatever name the
 * envelope gives the list (`stories`, `entities`, `items`), so a page never depends on that detail.
 */
import { ApiError, apiUrl, requestJson, type QueryValue } from './http.js';
import type { ArticleDetail, EntityDetail, EntitySummary, IngestReport, Page, SearchResult, StoryDetail, StorySummary, StoryTimeline } from './types.js';

export interface StoryQuery {
  sort?: 'recent' | 'size';
  language?: string;
  since?: string;
  until?: string;
  entity?: string;
  minArticles?: number;
  limit?: number;
  offset?: number;
  prefer?: string;
}

export interface SearchQuery {
  q: string;
  entity?: string;
  language?: string;
  since?: string;
  until?: string;
  limit?: number;
  offset?: number;
}

type Signal = AbortSignal | undefined;

/** The list of a paginated response, under whichever key the endpoint uses. */
export function readPage<T>(body: unknown, keys: readonly string[]): Page<T> {
  if (Array.isArray(body)) return { total: body.length, hasMore: false, items: body as T[] };
  const record = (body ?? {}) as Record<string, unknown>;
  for (const key of [...keys, 'items', 'results', 'data']) {
    const list = record[key];
    if (Array.isArray(list)) {
      const offset = typeof record.offset === 'number' ? record.offset : 0;
      const total = typeof record.total === 'number' ? record.total : null;
      const hasMore = typeof record.hasMore === 'boolean' ? record.hasMore : total !== null && offset + list.length < total;
      return { total, hasMore, items: list as T[] };
    }
  }
  return { total: 0, hasMore: false, items: [] };
}

function query(params: object): Record<string, QueryValue> {
  return params as Record<string, QueryValue>;
}

export async function listStories(params: StoryQuery, signal?: Signal): Promise<Page<StorySummary>> {
  const { minArticles, ...rest } = params;
  const url = apiUrl('/stories', query({ ...rest, 'min-articles': minArticles }));
  return readPage<StorySummary>(await requestJson(url, { signal }), ['stories']);
}

export function getStory(id: string, signal?: Signal): Promise<StoryDetail> {
  return requestJson(apiUrl(`/stories/${encodeURIComponent(id)}`), { signal });
}

/** A story's timeline; null when this server has no timeline endpoint (an API from before events were stored). */
export async function getTimeline(id: string, signal?: Signal): Promise<StoryTimeline | null> {
  try {
    return await requestJson<StoryTimeline>(apiUrl(`/stories/${encodeURIComponent(id)}/timeline`), { signal });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'UNKNOWN_ROUTE') return null;
    throw error;
  }
}

export function getArticle(id: string, signal?: Signal): Promise<ArticleDetail> {
  return requestJson(apiUrl(`/articles/${encodeURIComponent(id)}`), { signal });
}

export async function listEntities(
  params: { search?: string; type?: string; limit?: number; offset?: number },
  signal?: Signal,
): Promise<Page<EntitySummary>> {
  return readPage<EntitySummary>(await requestJson(apiUrl('/entities', query(params)), { signal }), ['entities']);
}

export function getEntity(id: string, signal?: Signal): Promise<EntityDetail> {
  return requestJson(apiUrl(`/entities/${encodeURIComponent(id)}`), { signal });
}

export async function search(params: SearchQuery, signal?: Signal): Promise<SearchResult> {
  const body = await requestJson<Partial<SearchResult>>(apiUrl('/search', query(params)), { signal });
  const groups = Array.isArray(body.groups) ? body.groups : [];
  return {
    query: typeof body.query === 'string' ? body.query : params.q,
    total: typeof body.total === 'number' ? body.total : groups.length,
    totalGroups: typeof body.totalGroups === 'number' ? body.totalGroups : groups.length,
    truncated: body.truncated === true,
    groups,
    entities: Array.isArray(body.entities) ? body.entities : [],
  };
}

export interface IngestRequest {
  files: File[];
  urls: string[];
  token: string;
}

/** Uploads files and/or submits URLs and feeds; writes need the operator's token. */
export async function ingest({ files, urls, token }: IngestRequest): Promise<IngestReport> {
  const form = new FormData();
  for (const file of files) form.append('file', file, file.name);
  for (const url of urls) form.append('url', url);
  const body = await requestJson<IngestReport | { summary: IngestReport }>(apiUrl('/ingest'), {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  return 'summary' in body ? body.summary : body;
}
