/**
 * The web application's safety rules, checked on its source: article text from the web is never turned into
 * markup, and nothing sets inline styles or scripts the page's Content-Security-Policy would block. The browser
 * tests check the running page; this catches the pattern before it reaches a page the tests do not open.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const WEB = fileURLToPath(new URL('../../web/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|html|css)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const FORBIDDEN: { pattern: RegExp; why: string }[] = [
  { pattern: /dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/, why: 'builds markup from strings' },
  { pattern: /\bstyle=\{|\bstyle="|setAttribute\(\s*['"]style/, why: 'sets an inline style attribute (blocked by style-src)' },
  { pattern: /<script(?![^>]*\bsrc=)[^>]*>/, why: 'inline script (blocked by script-src)' },
  { pattern: /\beval\(|new Function\(/, why: 'evaluates strings as code (blocked by script-src)' },
  { pattern: /https?:\/\/(?!127\.0\.0\.1|example\.com)[a-z0-9.-]+\.[a-z]{2,}/i, why: 'refers to an external host' },
];

describe('web application source', () => {
  const files = sourceFiles(join(WEB, 'src')).concat(join(WEB, 'index.html'));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('never builds markup from text, sets inline styles or scripts, or loads from another host', () => {
    const offences = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return FORBIDDEN.filter(({ pattern }) => pattern.test(text)).map(({ why }) => `${relative(WEB, file)}: ${why}`);
    });
    expect(offences).toEqual([]);
  });
});
