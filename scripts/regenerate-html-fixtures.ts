/**
 * Rewrites fixtures/extract-html/<lang>/<case>/expected.json from the current
 * extractor, for a human to review in the diff. The hand-written "absent"
 * lists are kept; any absent text that now reaches the body is reported.
 *
 *   node --import tsx scripts/regenerate-html-fixtures.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtml } from '../src/pipeline/extract/html/extract-html.js';
import { listHtmlFixtures, readFixtureExpectation, readFixtureSource, summarizeExtraction } from '../src/pipeline/extract/html/golden-fixtures.js';
import { parseHtml } from '../src/pipeline/extract/html/parse-html.js';

let leaks = 0;
for (const fixture of listHtmlFixtures()) {
  const absent = readFixtureExpectation(fixture)?.absent ?? [];
  const extracted = extractHtml(parseHtml(readFixtureSource(fixture)), { url: `https://example.com/${fixture.lang}/${fixture.name}` });
  const summary = summarizeExtraction(extracted, absent);
  writeFileSync(join(fixture.dir, 'expected.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const leaked = absent.filter((text) => extracted.paragraphs.some((paragraph) => paragraph.includes(text)));
  leaks += leaked.length;
  console.log(`${fixture.lang}/${fixture.name}: ${summary.paragraphCount} paragraphs${leaked.length ? `, LEAKED: ${leaked.join(' | ')}` : ''}`);
}
if (leaks > 0) process.exitCode = 1;
