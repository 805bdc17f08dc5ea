/**
 * Constructors for the events every reader yields, so a failure always has the
 * same shape and a thrown NewsloomError keeps its stable code.
 */
import { describeError, isNewsloomError, type ErrorCode } from '../core/errors.js';
import type { RawDocument } from '../core/raw-document.js';
import type { IngestEvent } from './types.js';

/** A document read successfully. */
export function documentEvent(document: RawDocument): IngestEvent {
  return { type: 'document', document };
}

/** Something that could not be read: `subject` names the file, URL or record, `reason` says why in plain words. */
export function failureEvent(subject: string, code: ErrorCode, reason: string): IngestEvent {
  return { type: 'failure', subject, code, reason };
}

/** Something found in a folder that is deliberately not read (not a news document). */
export function skippedEvent(subject: string, reason: string): IngestEvent {
  return { type: 'skipped', subject, reason };
}

/**
 * A failure for a caught error: a NewsloomError keeps its code and message, anything
 * else gets `fallback` and its one-line message (never a stack).
 */
export function failureFromError(subject: string, error: unknown, fallback: ErrorCode): IngestEvent {
  if (isNewsloomError(error)) return failureEvent(subject, error.code, error.message);
  return failureEvent(subject, fallback, describeError(error));
}
