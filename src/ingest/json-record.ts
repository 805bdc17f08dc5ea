/** One article record in a `.json`/`.jsonl` file: its schema, its errors in plain words, its document. */
import { compactHints } from './compact-hints.js';
import { z } from 'zod';
import type { RawDocument } from '../core/raw-document.js';
import type { ContentSource } from './content-source.js';

// nullish: exports often write `"author": null` for a missing field, which is not an error.
const optionalText = z.string().nullish();

const hasBody = (value: string | null | undefined): boolean => typeof value === 'string' && value.trim() !== '';

export const jsonRecordSchema = z
  .object({
    url: optionalText,
    title: optionalText,
    text: optionalText,
    html: optionalText,
    published: optionalText,
    source: optionalText,
    language: optionalText,
    author: optionalText,
  })
  .refine((record) => hasBody(record.text) || hasBody(record.html), { message: "needs a 'text' or 'html' field" });

export type JsonRecord = z.infer<typeof jsonRecordSchema>;

/**
 * True when a JSON value is meant as an article record (an object with a `text` or `html`
 * key), even an invalid one. A collection with none of these is some other JSON — a
 * gold-answer file, a config — not broken article records.
 */
export function looksLikeArticleRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('text' in value || 'html' in value);
}

/**
 * zod issues in plain words, e.g. "'title' must be a string; needs a 'text' or 'html' field".
 */
export function describeRecordIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map(describeIssue).join('; ');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  if (issue.code === 'invalid_type') {
    if (!field) return `must be a JSON object`;
    return `'${field}' must be a ${issue.expected}`;
  }
  return field ? `'${field}': ${issue.message}` : issue.message;
}

const encoder = new TextEncoder();

/**
 * The document for a valid record: its HTML when it has some, else its text, as UTF-8
 * (so the declared charset is utf-8, whatever a `<meta>` inside the HTML claims).
 */
export function recordDocument(record: JsonRecord, locator: string, src: ContentSource): RawDocument {
  const useHtml = hasBody(record.html);
  const hints = compactHints({
    url: record.url,
    title: record.title,
    published: record.published,
    author: record.author,
    publisher: record.source,
    language: record.language,
  });
  return {
    bytes: encoder.encode(useHtml ? record.html! : record.text!),
    contentType: useHtml ? 'text/html' : 'text/plain',
    declaredCharset: 'utf-8',
    origin: { kind: 'json-record', source: src.source, locator },
    fetchedAt: src.fetchedAt,
    hints,
  };
}
