/**
 * The zod schemas of query and path parameters, each with the message a
 * person reads when the value is wrong and the description the OpenAPI
 * document shows. Query values arrive as strings; these parse them.
 */
import { z } from 'zod';

/** A whole number in a range, with a default when absent. */
export function wholeNumber(options: { min: number; max: number; fallback: number; description: string }) {
  const { min, max, fallback } = options;
  const reason = `must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      const number = /^\d{1,9}$/u.test(value) ? Number(value) : Number.NaN;
      if (Number.isNaN(number) || number < min || number > max) {
        ctx.addIssue({ code: 'custom', message: reason });
        return z.NEVER;
      }
      return number;
    })
    .meta({ description: `${options.description} (${min} to ${max}, default ${fallback})`, pattern: '^[0-9]+$' });
}

export const limit = (fallback: number, max: number) => wholeNumber({ min: 1, max, fallback, description: 'at most this many results' });
export const offset = () => wholeNumber({ min: 0, max: 1_000_000, fallback: 0, description: 'skip this many results (pagination)' });

/** A date at year, month or day precision: the bounds of date filters. */
export const dateBound = (description: string) =>
  z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/u, { error: 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD' })
    .optional()
    .meta({ description, examples: ['2020', '2020-10', '2020-10-10'] });

/** A BCP-47 language code as the pipeline writes them ("ar", "fa", "zh-Hans"). */
export const languageCode = (description: string) =>
  z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/u, { error: 'must be a language code such as en, ar or fa' })
    .optional()
    .meta({ description, examples: ['en', 'ar'] });

/** Free text (a name, a query): trimmed, not empty, bounded. */
export const text = (description: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .meta({ description });

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z.enum(values, { error: `must be one of ${values.join(', ')}` }).meta({ description });

/** A yes/no flag: "true"/"1" or "false"/"0". */
export const flag = (description: string) =>
  z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .optional()
    .transform((value) => value === 'true' || value === '1')
    .meta({ description });
