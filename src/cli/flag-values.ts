/** Parsers for flag values shared by the commands, with the message a person reads when a value is wrong. */
import { NewsloomError } from '../core/errors.js';

/**
 * A count such as --limit or --offset.
 * @example wholeNumber('20', '--limit') // 20
 */
export function wholeNumber(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new NewsloomError('BAD_ARGUMENT', `${flag} takes a whole number, not "${value}"`);
  return n;
}

const DATE_BOUND = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u;

/** A date bound at year, month or day precision (--since, --until); absent stays absent. */
export function dateBound(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !DATE_BOUND.test(value)) throw new NewsloomError('BAD_ARGUMENT', `${flag} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`);
  return value;
}
