/**
 * Loads the hand-checked time-expression fixtures (test/fixtures/time-expressions/<lang>.json),
 * validated so a malformed file fails with its name and the reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';

const ISO_VALUE = z.string().regex(/^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?$/u);

const Expected = z.object({
  text: z.string().min(1),
  value: ISO_VALUE.nullable(),
  granularity: z.enum(['instant', 'day', 'week', 'month', 'year', 'range']).optional(),
  endValue: ISO_VALUE.nullable().optional(),
});

const Item = z
  .object({
    sentence: z.string().min(1),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable(),
    expect: z.array(Expected),
  })
  .refine((item) => item.expect.every((expected) => item.sentence.includes(expected.text)), { message: 'an expected span is not in its sentence' });

const FixtureFile = z.object({ language: z.string().min(2), about: z.string(), items: z.array(Item).min(1) });

export type TimeFixtureItem = z.infer<typeof Item>;
export type ExpectedExpression = z.infer<typeof Expected>;
export interface TimeFixtureSet {
  readonly language: string;
  readonly items: readonly TimeFixtureItem[];
}

export const TIME_FIXTURES_DIR = new URL('../../test/fixtures/time-expressions/', import.meta.url);

/** Every fixture file, one set per language, in file-name order. */
export function loadTimeFixtures(folder: URL = TIME_FIXTURES_DIR): TimeFixtureSet[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = FixtureFile.safeParse(JSON.parse(readFileSync(new URL(file, folder), 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
      return { language: parsed.data.language, items: parsed.data.items };
    });
}
