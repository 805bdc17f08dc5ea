/**
 * The extraction pipeline, its stage order declared once, here. Each stage is a
 * pure function of the previous stages' named results; nothing here touches
 * storage or the network.
 */
import type { Article } from '../core/article.js';
import { sha256Hex } from '../core/hash.js';
import type { RawDocument } from '../core/raw-document.js';
import { decodeDocument } from './decode/decode-document.js';
import { extractHtml } from './extract/html/extract-html.js';
import { parseHtml } from './extract/html/parse-html.js';
import { extractText } from './extract/extract-text.js';
import type { ExtractedDocument } from './extract/extracted-document.js';
import { identifyLanguage, primaryLanguage } from './language/identify-language.js';
import { resolvePublished } from './published/resolve-published.js';

/** Bump when the pipeline's output changes, so `newsloom reprocess` knows what is stale. */
export const PIPELINE_VERSION = 1;

export interface PipelineResult {
  article: Article;
  charset: string;
  charsetMethod: string;
  languageMethod: string;
  /** Hash of the extracted title and text: two captures of a page with the same hash are the same content. */
  textHash: string;
}

function extract(raw: RawDocument, text: string): ExtractedDocument {
  return raw.contentType === 'text/html' ? extractHtml(parseHtml(text), { url: raw.hints.url ?? null }) : extractText(text);
}

export function articleTextHash(article: Pick<Article, 'title' | 'paragraphs'>): string {
  return sha256Hex([article.title ?? '', ...article.paragraphs].join('\n'));
}

export function runPipeline(raw: RawDocument): PipelineResult {
  // 1. Bytes to text: needs only the raw document.
  const decoded = decodeDocument(raw);
  // 2. Main text and page metadata: needs decoded text.
  const extracted = extract(raw, decoded.text);
  // 3. Language: needs the cleaned paragraphs, so it runs after extraction (boilerplate in another language would mislead it).
  const language = identifyLanguage([extracted.title ?? '', ...extracted.paragraphs].join('\n'), extracted.declaredLanguage ?? raw.hints.language);
  // 4. Publication date: page metadata first, then what the container said.
  const dateCandidates = [...extracted.dateCandidates];
  if (raw.hints.published) dateCandidates.push({ text: raw.hints.published, method: `container:${raw.origin.kind}` });
  const published = resolvePublished(dateCandidates);

  const article: Article = {
    url: extracted.canonicalUrl ?? raw.hints.url ?? null,
    title: extracted.title ?? raw.hints.title ?? null,
    paragraphs: extracted.paragraphs,
    language: language.language ?? primaryLanguage(raw.hints.language),
    published,
    dateline: extracted.dateline,
    credit: extracted.credit,
    publisher: extracted.publisher ?? raw.hints.publisher ?? null,
    author: extracted.author ?? raw.hints.author ?? null,
    captions: extracted.captions,
    relatedLinks: extracted.relatedLinks,
    removed: extracted.removed,
    opinionParagraphs: extracted.opinionParagraphs,
  };
  return { article, charset: decoded.charset, charsetMethod: decoded.charsetMethod, languageMethod: language.method, textHash: articleTextHash(article) };
}
