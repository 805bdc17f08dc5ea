/** Parses request input with zod; the first problem becomes a 400 naming the field and the reason. */
import type { z } from 'zod';
import { ApiError } from './api-error.js';

export type InputPlace = 'query parameter' | 'path parameter' | 'body field';

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/**
 * The parsed input, or an ApiError(400) such as
 * `query parameter "limit" must be a whole number from 1 to 200 (got "abc")`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, place: InputPlace): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new ApiError(400, 'BAD_ARGUMENT', `invalid ${place}s`);
  if (issue.code === 'unrecognized_keys') {
    const known = 'shape' in schema ? Object.keys((schema as unknown as z.ZodObject).shape) : [];
    const field = issue.keys[0] ?? '';
    const accepted = known.length ? ` (accepted: ${known.join(', ')})` : ` (this endpoint takes no ${place}s)`;
    throw new ApiError(400, 'BAD_ARGUMENT', `unknown ${place} "${field}"${accepted}`, field);
  }
  const field = issue.path.map(String).join('.');
  const value = valueAt(input, issue.path);
  const reason = value === undefined && issue.code === 'invalid_type' ? 'is required' : `${issue.message} (got ${describeValue(value)})`;
  throw new ApiError(400, 'BAD_ARGUMENT', field ? `${place} "${field}" ${reason}` : `${place}s: ${reason}`, field || undefined);
}
