/**
 * Errors as the API reports them: `{ error: { status, code, message, field? } }`,
 * never a stack trace. The one place error codes become HTTP statuses.
 */
import { type ErrorCode, isNewsloomError } from '../core/errors.js';

/** Codes only the HTTP face has, beside the core catalogue's. */
export type HttpErrorCode = 'UNAUTHORIZED' | 'WRITES_DISABLED' | 'FORBIDDEN_HOST' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'UNKNOWN_ROUTE' | 'METHOD_NOT_ALLOWED' | 'BUSY' | 'INTERNAL';

export interface ErrorBody {
  error: {
    status: number;
    code: ErrorCode | HttpErrorCode;
    message: string;
    /** The query parameter, path parameter or body field at fault, when there is one. */
    field?: string;
  };
}

/** HTTP status of each core error code; a new code fails to compile until it is given one. */
const STATUS_OF_CODE: Record<ErrorCode, number> = {
  INPUT_NOT_FOUND: 400,
  INPUT_EMPTY: 400,
  INPUT_UNREADABLE: 400,
  INPUT_BINARY: 415,
  INPUT_TOO_LARGE: 413,
  INPUT_UNSUPPORTED: 415,
  INPUT_CORRUPT: 400,
  INPUT_INVALID: 400,
  FETCH_FAILED: 502,
  NO_ARTICLE: 422,
  NOT_FOUND: 404,
  AMBIGUOUS_ID: 400,
  BAD_ARGUMENT: 400,
  BAD_CONFIG: 500,
  STORE_FAILED: 503,
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | HttpErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): ErrorBody {
    return { error: { status: this.status, code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) } };
  }
}

/**
 * The API error for anything a handler threw: newsloom errors keep their code
 * and message; anything else is a bug, reported as a plain 500.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isNewsloomError(error)) return new ApiError(STATUS_OF_CODE[error.code], error.code, error.subject && !error.message.includes(error.subject) ? `${error.message} (${error.subject})` : error.message);
  return new ApiError(500, 'INTERNAL', 'internal error: this is a bug in newsloom (the server log has the details)');
}

export const notFound = (what: string, id: string): ApiError => new ApiError(404, 'NOT_FOUND', `no ${what} with id or name "${id}"`, 'id');
