/**
 * Writes to the store one at a time. Ingestion clusters each batch against
 * the stories stored before it: two ingestions interleaved would each place
 * articles against a view the other is changing.
 */
import { ApiError } from './api-error.js';

/** Writes allowed to wait behind the running one; more are refused as busy rather than queued without end. */
const MAX_WAITING = 8;

export interface WriteQueue {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Resolves when no write is running or waiting (for shutdown). */
  idle(): Promise<void>;
}

export function createWriteQueue(): WriteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let pending = 0;
  return {
    run<T>(work: () => Promise<T>): Promise<T> {
      if (pending > MAX_WAITING) throw new ApiError(503, 'BUSY', 'the server is busy ingesting; try again in a moment');
      pending += 1;
      const result = tail.then(work, work);
      tail = result.then(
        () => (pending -= 1),
        () => (pending -= 1),
      );
      return result;
    },
    async idle() {
      while (pending > 0) await tail;
    },
  };
}
