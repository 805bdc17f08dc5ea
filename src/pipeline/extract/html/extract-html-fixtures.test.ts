import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';
import { listHtmlFixtures, readFixtureExpectation, readFixtureSource, summarizeExtraction } from './golden-fixtures.js';
import { parseHtml } from './parse-html.js';

// Regenerate after a deliberate change with `node --import tsx scripts/regenerate-html-fixtures.ts` and review the diff.
describe('HTML extraction golden fixtures', () => {
  const fixtures = listHtmlFixtures();

  it('covers several languages, including pages without an article', () => {
    expect(new Set(fixtures.map((f) => f.lang)).size).toBeGreaterThanOrEqual(5);
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
  });

  for (const fixture of fixtures) {
    it(`${fixture.lang}/${fixture.name}`, () => {
      const expected = readFixtureExpectation(fixture);
      expect(expected, 'expected.json is missing: run scripts/regenerate-html-fixtures.ts').not.toBeNull();
      const extracted = extractHtml(parseHtml(readFixtureSource(fixture)), { url: `https://example.com/${fixture.lang}/${fixture.name}` });
      expect(summarizeExtraction(extracted, expected?.absent ?? [])).toEqual(expected);
      for (const text of expected?.absent ?? []) {
        expect(extracted.paragraphs.filter((paragraph) => paragraph.includes(text)), `"${text}" reached the body`).toEqual([]);
      }
    });
  }
});
