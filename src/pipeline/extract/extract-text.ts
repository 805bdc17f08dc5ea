import { emptyExtraction, type ExtractedDocument } from './extracted-document.js';
import { normalizeWhitespace } from './normalize-whitespace.js';

/** A headline is short and does not end like a sentence. */
const MAX_TITLE_CHARS = 200;
const SENTENCE_END = /[.!?؟。…:]$/;

/**
 * Baseline plain-text extraction: every non-empty line is a paragraph; the
 * first line is the title when it is short, does not end like a sentence and
 * stands alone (followed by a blank line).
 */
export function extractText(text: string): ExtractedDocument {
  const result = emptyExtraction();
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  if (firstIndex === -1) return result;

  const first = normalizeWhitespace(lines[firstIndex] ?? '');
  const followedByBlank = (lines[firstIndex + 1] ?? '').trim() === '';
  const hasMore = lines.slice(firstIndex + 1).some((line) => line.trim() !== '');
  const titleLike = first.length <= MAX_TITLE_CHARS && !SENTENCE_END.test(first) && followedByBlank && hasMore;
  if (titleLike) result.title = first;

  lines.forEach((line, index) => {
    if (titleLike && index === firstIndex) return;
    const paragraph = normalizeWhitespace(line);
    if (paragraph) result.paragraphs.push(paragraph);
  });
  return result;
}
