import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractedDocument } from '../extracted-document.js';

/** fixtures/extract-html/<lang>/<case>/{source.html, expected.json}: real-looking pages written for newsloom. */
export const HTML_FIXTURES_DIR = fileURLToPath(new URL('../../../../fixtures/extract-html/', import.meta.url));

export interface HtmlFixtureCase {
  lang: string;
  name: string;
  dir: string;
}

/** What a fixture pins down about the extraction (expected.json). */
export interface HtmlFixtureExpectation {
  title: string | null;
  paragraphCount: number;
  firstParagraph: string | null;
  lastParagraph: string | null;
  captions: string[];
  relatedLinkCount: number;
  declaredLanguage: string | null;
  /** Chrome that must not reach the body; written by hand and kept when expected.json is regenerated. */
  absent: string[];
}

export function listHtmlFixtures(root = HTML_FIXTURES_DIR): HtmlFixtureCase[] {
  const cases: HtmlFixtureCase[] = [];
  for (const lang of readdirSync(root).sort()) {
    for (const name of readdirSync(join(root, lang)).sort()) {
      const dir = join(root, lang, name);
      if (existsSync(join(dir, 'source.html'))) cases.push({ lang, name, dir });
    }
  }
  return cases;
}

export function readFixtureSource(fixture: HtmlFixtureCase): string {
  return readFileSync(join(fixture.dir, 'source.html'), 'utf8');
}

export function readFixtureExpectation(fixture: HtmlFixtureCase): HtmlFixtureExpectation | null {
  const path = join(fixture.dir, 'expected.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as HtmlFixtureExpectation) : null;
}

/** The pinned summary of an extraction; `absent` is carried over from the hand-written expectation. */
export function summarizeExtraction(extracted: ExtractedDocument, absent: readonly string[]): HtmlFixtureExpectation {
  return {
    title: extracted.title,
    paragraphCount: extracted.paragraphs.length,
    firstParagraph: extracted.paragraphs[0] ?? null,
    lastParagraph: extracted.paragraphs[extracted.paragraphs.length - 1] ?? null,
    captions: extracted.captions,
    relatedLinkCount: extracted.relatedLinks.length,
    declaredLanguage: extracted.declaredLanguage,
    absent: [...absent],
  };
}
