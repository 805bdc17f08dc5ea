/**
 * Fetching JSON from the newsloom API with errors a person can read: the API's own message when it sends
 * one (it names the field and the reason), otherwise the HTTP status.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The API's stable error code (`NOT_FOUND`, `UNKNOWN_ROUTE`…), when it sent one. */
    readonly code: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The `code` of an API error body `{error: {code}}`, else null. */
export function errorCode(body: unknown): string | null {
  const error = (body as { error?: unknown } | null)?.error;
  const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : null;
}

export type QueryValue = string | number | boolean | null | undefined;

export function apiUrl(path: string, params: Record<string, QueryValue> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `/api${path}?${text}` : `/api${path}`;
}

/** The message of an API error body: `{error: {message, field}}`, `{error: "…"}` or `{message: "…"}`. */
export function errorMessage(body: unknown, status: number): string {
  const fallback = status === 0 ? 'the server could not be reached' : `the server answered ${status}`;
  if (!body || typeof body !== 'object') return fallback;
  const record = body as Record<string, unknown>;
  const error = record.error;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object') {
    const { message, field } = error as Record<string, unknown>;
    if (typeof message === 'string') return typeof field === 'string' && !message.includes(field) ? `${field}: ${message}` : message;
  }
  if (typeof record.message === 'string') return record.message;
  return fallback;
}

async function readBody(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

export async function requestJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'the server could not be reached; is `newsloom serve` running?');
  }
  const body = await readBody(response);
  if (!response.ok) throw new ApiError(response.status, errorMessage(body, response.status), errorCode(body));
  if (body === null) throw new ApiError(response.status, `expected JSON from ${url}`);
  return body as T;
}
