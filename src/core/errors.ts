/**
 * The one catalogue of newsloom errors. Codes are stable: the CLI and the HTTP
 * API map them to exit codes and statuses in one place each.
 * User errors (bad input, bad arguments) carry a plain message and never a stack trace.
 */
export const ERROR_CODES = {
  INPUT_NOT_FOUND: 'the path does not exist',
  INPUT_EMPTY: 'the input is empty',
  INPUT_UNREADABLE: 'the input cannot be read (permissions)',
  INPUT_BINARY: 'the input is binary, not text',
  INPUT_TOO_LARGE: 'the input is over the size limit',
  INPUT_UNSUPPORTED: 'the input is of a type newsloom does not ingest',
  INPUT_CORRUPT: 'the input is damaged (truncated or malformed)',
  INPUT_INVALID: 'the input does not have the expected fields',
  FETCH_FAILED: 'the URL could not be fetched',
  NO_ARTICLE: 'no article text could be found',
  NOT_FOUND: 'no such record',
  AMBIGUOUS_ID: 'the id prefix matches several records',
  BAD_ARGUMENT: 'an argument or option is invalid',
  BAD_CONFIG: 'the configuration is invalid',
  STORE_FAILED: 'the store could not be opened or written',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class NewsloomError extends Error {
  readonly code: ErrorCode;
  /** The file, URL or record the error is about, when there is one. */
  readonly subject: string | undefined;

  constructor(code: ErrorCode, message: string, subject?: string) {
    super(message);
    this.name = 'NewsloomError';
    this.code = code;
    this.subject = subject;
  }
}

export function isNewsloomError(value: unknown): value is NewsloomError {
  return value instanceof NewsloomError;
}

/** A readable one-line message for any thrown value (never a stack). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
