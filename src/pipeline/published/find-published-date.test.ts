import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { findPublishedDate } from './find-published-date.js';

/**
 * Golden cases: fixtures/published/<case>.html with <case>.expected.json
 * ({ value, method, why, reference?, url? }). Each case is original markup
 * reproducing one phenomenon seen on real pages. To review a change of
 * behaviour, run with UPDATE_FIXTURES=1 and read the diff of the .expected.json files.
 */
const FIXTURES = new URL('../../../fixtures/published/', import.meta.url);
/** A fixed "now" so fixtures do not age; cases may set their own. */
const REFERENCE = '2024-01-01T00:00:00Z';

interface Expected {
  value: string | null;
  method?: string;
  why: string;
  reference?: string;
  url?: string;
}

const cases = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.html'))
  .map((name) => name.slice(0, -'.html'.length));

describe('findPublishedDate on fixtures/published', () => {
  it.each(cases)('%s', (name) => {
    const html = readFileSync(new URL(`${name}.html`, FIXTURES), 'utf8');
    const expectedUrl = new URL(`${name}.expected.json`, FIXTURES);
    const expected = JSON.parse(readFileSync(expectedUrl, 'utf8')) as Expected;
    const found = findPublishedDate(parseDocument(html, { decodeEntities: true }), {
      url: expected.url ?? null,
      reference: new Date(expected.reference ?? REFERENCE),
    });
    if (process.env.UPDATE_FIXTURES) {
      writeFileSync(expectedUrl, `${JSON.stringify({ ...expected, value: found?.value ?? null, method: found?.method }, null, 2)}\n`);
      return;
    }
    expect({ value: found?.value ?? null, method: found?.method }, expected.why).toEqual({ value: expected.value, method: expected.method });
  });
});
