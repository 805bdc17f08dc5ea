/**
 * Golden fixtures for plain-text extraction: fixtures/extract-text/<lang>/<case>/
 * holds `input.txt` (text as copied from a news page) and `expected.json` (the
 * answer a careful human gives, written by hand — never generated). Shared by
 * extract-text-fixtures.test.ts and scripts/regenerate-text-fixtures.ts.
 *
 * Every fixture runs through the same path ingestion uses: `runPipelineBatch`
 * on a plain-text RawDocument, alone in its batch and without a capture time,
 * so a date the text does not fully state cannot be completed from elsewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../../core/article.js';
import { makeRawDocument } from '../../../test-support/make-raw-document.js';
import { decodeDocument } from '../../decode/decode-document.js';
import { runPipelineBatch } from '../../run-pipeline.js';
import { splitLines } from './text-lines.js';

export const TEXT_FIXTURES_ROOT = fileURLToPath(new URL('../../../../fixtures/extract-text/', import.meta.url));

/** The fields of expected.json compared with the pipeline's output, in report order. */
export const CHECKED_FIELDS = [
  'language',
  'title',
  'published',
  'dateline',
  'credit',
  'publisher',
  'removed_lines',
  'body_first_line',
  'body_last_line',
  'body_line_count',
] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];

/** What one fixture's text says, as expected.json writes it (line numbers are 1-based). */
export interface TextFixtureSummary {
  language: string | null;
  /** The headline, or null when the text has none. */
  title: string | null;
  /** ISO 8601 to the precision the text states ("2024-11-14T09:40Z", "2024-11-13T18:45", "2024-03-03"); null when the text alone cannot tell. */
  published: string | null;
  /** The dateline's place ("Aktau"), or null. */
  dateline: string | null;
  /** The credited agency or source other than the publishing site itself ("KNW", "ایرنا"), or null. */
  credit: string | null;
  /** The site that published the page, as its chrome names it, or null. */
  publisher: string | null;
  /** Every non-blank line that is not article body: chrome, headline, date, byline, credit, caption, related lists, footer. */
  removed_lines: number[];
  body_first_line: number | null;
  body_last_line: number | null;
  body_line_count: number;
}

export interface TextFixtureExpectation extends TextFixtureSummary {
  notes: string;
}

export interface TextFixture {
  lang: string;
  name: string;
  /** "<lang>/<case>" */
  id: string;
  dir: string;
}

export function listTextFixtures(root: string = TEXT_FIXTURES_ROOT): TextFixture[] {
  if (!existsSync(root)) return [];
  const fixtures: TextFixture[] = [];
  for (const lang of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    for (const name of readdirSync(join(root, lang), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
      const dir = join(root, lang, name);
      if (existsSync(join(dir, 'input.txt'))) fixtures.push({ lang, name, id: `${lang}/${name}`, dir });
    }
  }
  return fixtures;
}

export function readTextFixtureInput(fixture: TextFixture): string {
  return readFileSync(join(fixture.dir, 'input.txt'), 'utf8');
}

export function readTextFixtureExpectation(fixture: TextFixture): TextFixtureExpectation | null {
  const file = join(fixture.dir, 'expected.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as TextFixtureExpectation) : null;
}

/** The decoded text's lines (BOM dropped, CRLF as one break, white space collapsed), as the extractor numbers them. */
function fixtureLines(text: string): { number: number; text: string; blank: boolean }[] {
  return splitLines(decodeDocument(makeRawDocument(text)).text);
}

/**
 * Maps the article's paragraphs back to line numbers, in order: a paragraph is
 * its line's text, or the end of it when an outlet label was cut off the front.
 */
function bodyLineNumbers(article: Article, text: string): number[] {
  const removedWhole = new Set(article.removed.filter((block) => block.reason !== 'outlet label').map((block) => block.line ?? -1));
  const lines = fixtureLines(text).filter((line) => !line.blank && !removedWhole.has(line.number));
  const numbers: number[] = [];
  let cursor = 0;
  for (const paragraph of article.paragraphs) {
    const wanted = paragraph.replace(/\s+/g, ' ').trim();
    const at = lines.findIndex((line, index) => index >= cursor && (line.text === wanted || (wanted.length > 0 && line.text.endsWith(wanted))));
    if (at === -1) continue;
    numbers.push(lines[at]!.number);
    cursor = at + 1;
  }
  return numbers;
}

export interface FixtureRun {
  article: Article;
  summary: TextFixtureSummary;
  /** Non-body lines the output gives no reason for (neither in `removed` nor the headline). */
  unexplained: number[];
}

/** Runs one fixture's text through the pipeline exactly as ingestion does for a plain-text file. */
export function runTextFixture(text: string): FixtureRun {
  const [result] = runPipelineBatch([makeRawDocument(text)]);
  const article = result!.article;
  const body = bodyLineNumbers(article, text);
  const bodySet = new Set(body);
  const nonBlank = fixtureLines(text).filter((line) => !line.blank);
  const removedLines = nonBlank.filter((line) => !bodySet.has(line.number));
  const explained = new Set(article.removed.map((block) => block.line ?? -1));
  const unexplained = removedLines.filter((line) => !explained.has(line.number) && line.text !== (article.title ?? '').replace(/\s+/g, ' ').trim()).map((line) => line.number);
  return {
    article,
    unexplained,
    summary: {
      language: article.language,
      title: article.title,
      published: article.published?.value ?? null,
      dateline: article.dateline?.place ?? null,
      credit: article.credit,
      publisher: article.publisher,
      removed_lines: removedLines.map((line) => line.number),
      body_first_line: body[0] ?? null,
      body_last_line: body.at(-1) ?? null,
      body_line_count: body.length,
    },
  };
}

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
/** Case is not compared ("HANSEPOST" is "Hansepost"), letters are: "Gündem Postasi" is not "Gündem Postası", nor "Izmir" "İzmir". */
const caseless = (text: string) => squash(text).toLowerCase();

/** Names match up to case and a parenthetical gloss, or when one is the other's initials ("KNW" for "Karavan News Wire"). */
export function sameName(got: string | null, expected: string | null): boolean {
  if (got === null || expected === null) return got === expected;
  const strip = (text: string) => caseless(text).replace(/\s*\([^)]*\)\s*$/u, '');
  const initials = (text: string) => text.split(/\s+/).map((word) => word[0] ?? '').join('');
  const a = strip(got);
  const b = strip(expected);
  return a === b || (a.length >= 2 && !a.includes(' ') && a === initials(b)) || (b.length >= 2 && !b.includes(' ') && b === initials(a));
}

/** "+00:00" and "Z" are the same offset; everything else must be written the same, precision included. */
const isoForm = (value: string) => value.replace(/[+-]00:?00$/u, 'Z');

/** Whether the pipeline's value for one field is the expected one. */
export function fieldMatches(field: CheckedField, expected: TextFixtureSummary, got: TextFixtureSummary): boolean {
  switch (field) {
    case 'title':
      return expected.title === null || got.title === null ? expected.title === got.title : squash(expected.title) === squash(got.title);
    case 'published':
      return expected.published === null || got.published === null ? expected.published === got.published : isoForm(expected.published) === isoForm(got.published);
    case 'dateline':
      return expected.dateline === null || got.dateline === null ? expected.dateline === got.dateline : caseless(expected.dateline) === caseless(got.dateline);
    case 'credit':
    case 'publisher':
      return sameName(got[field], expected[field]);
    case 'removed_lines':
      return JSON.stringify([...expected.removed_lines].sort((a, b) => a - b)) === JSON.stringify([...got.removed_lines].sort((a, b) => a - b));
    default:
      return expected[field] === got[field];
  }
}

/** Mistakes in a hand-written expected.json: line numbers that do not fit the text, or body bounds that contradict removed_lines. */
export function expectationProblems(expected: TextFixtureExpectation, text: string): string[] {
  const problems: string[] = [];
  for (const field of [...CHECKED_FIELDS, 'notes'] as const) if (!(field in expected)) problems.push(`missing field "${field}"`);
  const lines = fixtureLines(text);
  const nonBlank = new Set(lines.filter((line) => !line.blank).map((line) => line.number));
  const removed = new Set(expected.removed_lines);
  for (const n of expected.removed_lines) if (!nonBlank.has(n)) problems.push(`removed line ${n} is blank or past the end`);
  const body = [...nonBlank].filter((n) => !removed.has(n));
  if ((body[0] ?? null) !== expected.body_first_line) problems.push(`body_first_line ${expected.body_first_line} but the first line not removed is ${body[0] ?? null}`);
  if ((body.at(-1) ?? null) !== expected.body_last_line) problems.push(`body_last_line ${expected.body_last_line} but the last line not removed is ${body.at(-1) ?? null}`);
  if (body.length !== expected.body_line_count) problems.push(`body_line_count ${expected.body_line_count} but ${body.length} lines are not removed`);
  if (expected.published !== null && !/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/u.test(expected.published)) problems.push(`published "${expected.published}" is not ISO 8601`);
  return problems;
}
