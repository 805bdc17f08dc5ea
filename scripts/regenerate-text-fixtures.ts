/**
 * Shows, for every plain-text golden fixture (fixtures/extract-text/<lang>/<case>/),
 * what the pipeline makes of input.txt next to the hand-written expected.json,
 * field by field, with the text of every line whose role differs, for a human
 * to review. expected.json is never rewritten: it is the careful human's
 * answer, not the code's.
 *
 *   node --import tsx scripts/regenerate-text-fixtures.ts            # report only
 *   node --import tsx scripts/regenerate-text-fixtures.ts --write    # also write expected.current.json beside each
 *   node --import tsx scripts/regenerate-text-fixtures.ts fa/         # only fixtures whose id starts with "fa/"
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitLines } from '../src/pipeline/extract/text/text-lines.js';
import {
  CHECKED_FIELDS,
  fieldMatches,
  listTextFixtures,
  readTextFixtureExpectation,
  readTextFixtureInput,
  runTextFixture,
  type TextFixtureSummary,
} from '../src/pipeline/extract/text/text-fixtures.js';

const args = process.argv.slice(2);
const write = args.includes('--write');
const filters = args.filter((arg) => !arg.startsWith('--'));

const show = (value: unknown) => (Array.isArray(value) ? `[${value.join(', ')}]` : JSON.stringify(value));
const clip = (text: string, width = 90) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

let fixtures = 0;
let fields = 0;
let matching = 0;
for (const fixture of listTextFixtures()) {
  if (filters.length > 0 && !filters.some((filter) => fixture.id.startsWith(filter))) continue;
  fixtures += 1;
  const text = readTextFixtureInput(fixture);
  const expected = readTextFixtureExpectation(fixture);
  const run = runTextFixture(text);
  const current: TextFixtureSummary = run.summary;

  if (write) {
    const file = join(fixture.dir, 'expected.current.json');
    writeFileSync(file, `${JSON.stringify({ ...current, notes: 'Current pipeline output (scripts/regenerate-text-fixtures.ts --write); compare with expected.json, which is written by hand.' }, null, 2)}\n`);
  }

  console.log(`\n=== ${fixture.id}`);
  if (!expected) {
    console.log('  (no expected.json: write one by hand; current output below)');
    for (const field of CHECKED_FIELDS) console.log(`  ? ${field.padEnd(16)} ${show(current[field])}`);
    continue;
  }
  for (const field of CHECKED_FIELDS) {
    fields += 1;
    const ok = fieldMatches(field, expected, current);
    if (ok) matching += 1;
    const line = ok ? `  ✓ ${field.padEnd(16)} ${show(current[field])}` : `  ✗ ${field.padEnd(16)} expected ${show(expected[field])}\n    ${''.padEnd(16)} current  ${show(current[field])}`;
    console.log(line);
  }

  // The lines whose role differs, with their text and the reason the pipeline gave.
  const lines = splitLines(text.replace(/^\ufeff/u, ''));
  const expectedRemoved = new Set(expected.removed_lines);
  const currentRemoved = new Set(current.removed_lines);
  const reasons = new Map(run.article.removed.map((block) => [block.line ?? -1, block.reason]));
  const differing = lines.filter((line) => !line.blank && expectedRemoved.has(line.number) !== currentRemoved.has(line.number));
  for (const line of differing) {
    const wanted = expectedRemoved.has(line.number) ? 'not body' : 'body';
    const got = currentRemoved.has(line.number) ? `removed (${reasons.get(line.number) ?? (line.text === run.article.title ? 'headline' : 'no reason')})` : 'kept as body';
    console.log(`    line ${String(line.number).padStart(3)}: want ${wanted.padEnd(8)} got ${got.padEnd(32)} | ${clip(line.text)}`);
  }
  if (run.unexplained.length > 0) console.log(`    lines left out of the body with no reason: ${run.unexplained.join(', ')}`);
  if (run.article.opinionParagraphs.length > 0) console.log(`    opinion paragraphs flagged: ${run.article.opinionParagraphs.join(', ')}`);
}
console.log(`\n${fixtures} fixtures; ${matching}/${fields} fields match expected.json${write ? '; wrote expected.current.json beside each' : ''}`);
