/** The one place error codes become process exit codes. */
import type { ErrorCode } from '../core/errors.js';

export const EXIT_OK = 0;
/** Some inputs could not be ingested (the rest were). */
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_STORE = 3;
export const EXIT_NOT_FOUND = 4;
export const EXIT_BUG = 70;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case 'BAD_ARGUMENT':
    case 'BAD_CONFIG':
    case 'AMBIGUOUS_ID':
      return EXIT_USAGE;
    case 'NOT_FOUND':
      return EXIT_NOT_FOUND;
    case 'STORE_FAILED':
      return EXIT_STORE;
    default:
      return EXIT_INPUT_FAILED;
  }
}
