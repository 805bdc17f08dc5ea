/**
 * The extraction pipeline, its stage order declared once, here. Each stage is a
 * pure function of the previous stages' named results; nothing here touches
 * storage or the network.
 */
import { siteKeyOf } from '../core/site-key.js';
import type { Article, ResolvedDate } from '../core/article.js';
import { sha256Hex } from '../core/hash.js';
import { foldForMatch } from '../lang/match-fold.js';
import type { RawDocument } from '../core/raw-document.js';
import { decodeDocument } from './decode/decode-document.js';
import type { ExtractedDocument } from './extract/extracted-document.js';
import { extractHtml } from './extract/html/extract-html.js';
import { parseHtml } from './extract/html/parse-html.js';
import { extractPlainText } from './extract/text/extract-plain-text.js';
import { parseDateline } from './extract/text/parse-dateline.js';
import { findTextPublished, type YearlessDate } from './extract/text/find-text-published.js';
import { learnableLineKeys } from './extract/text/learnable-lines.js';
import { textCuesFor } from './extract/text/text-cues.js';
import { identifyLanguage, primaryLanguage } from './language/identify-language.js';
import { placeYearlessDates } from './place-yearless-dates.js';
import { findPublishedDate } from './published/find-published-date.js';
import { parseMachineDate } from './published/parse-machine-date.js';

/**
 * Bump when the pipeline's output changes, so `newsloom reprocess` knows what is stale (3: events and quotes;
 * 4: entities — pack nationality words, Arabic cue patterns, German common nouns, stray towns unlinked;
 * 5: entities — nationality words from language names, Arabic media/counterparts/rulers, possessives and teams, German compounds;
 * 6: entities — Arabic and Persian given names, apposition commas, place-word names, notable movements and relief bodies;
 * 7: entities — title qualifiers, nisba family names, professions, institutions named after people, namesake city names;
 * 8: entities — Arabic 'for' phrases of organisations, heads of bodies and ministers of any portfolio, places joined by 'and',
 *    caseless aliases, notable regions and waterways).
 */
export const PIPELINE_VERSION = 8;

export interface PipelineContext {
  /** Line keys a site repeats across its pages (learned from the store), by site key. */
  siteBoilerplate?: ReadonlySet<string>;
}

export interface PipelineResult {
  article: Article;
  charset: string;
  charsetMethod: string;
  languageMethod: string;
  /** A publication date known without its year; `placeYearlessDates` may place it using related articles. */
  yearless: YearlessDate | null;
  /** Hash of the extracted title and text: two captures of a page with the same hash are the same content. */
  textHash: string;
  /** Keys of the document's short, non-prose lines, counted per site to learn its boilerplate (plain text only). */
  siteLines: string[];
}

export function articleTextHash(article: Pick<Article, 'title' | 'paragraphs'>): string {
  return sha256Hex([article.title ?? '', ...article.paragraphs].join('\n'));
}

/** An outlet crediting itself in its dateline ("ANKARA (Kuzey Haber) –" on Kuzey Haber) credits no other source. */
function ownCredit(credit: string | null, publisher: string | null): string | null {
  if (!credit || !publisher) return credit;
  const a = foldForMatch(credit);
  const b = foldForMatch(publisher);
  return a.includes(b) || b.includes(a) ? null : credit;
}

/** Origins whose capture time says when the page was live (so it bounds the publication date). */
function captureTime(raw: RawDocument): Date | null {
  if (raw.origin.kind === 'file' || raw.origin.kind === 'json-record') return null;
  const time = new Date(raw.fetchedAt);
  return Number.isNaN(time.getTime()) ? null : time;
}

interface Extraction {
  extracted: ExtractedDocument;
  published: ResolvedDate | null;
  yearless: YearlessDate | null;
  siteLines: string[];
}

function extractHtmlDocument(raw: RawDocument, text: string): Extraction {
  const document = parseHtml(text);
  const extracted = extractHtml(document, { url: raw.hints.url ?? null });
  const published = findPublishedDate(document, { url: raw.hints.url ?? extracted.canonicalUrl, reference: captureTime(raw) ?? new Date() });
  return { extracted, published, yearless: null, siteLines: [] };
}

function extractTextDocument(raw: RawDocument, text: string, context: PipelineContext): Extraction {
  // The cleaner's vocabulary depends on the language, which is guessed first from the whole text (chrome included).
  const prior = identifyLanguage(text, raw.hints.language).language;
  const languages = prior ? [prior] : [];
  const extracted = extractPlainText(text, { cues: textCuesFor(languages), languages, siteBoilerplate: context.siteBoilerplate });
  const found = findTextPublished({
    dateLines: extracted.dateMentions,
    datelineDate: extracted.datelineDate,
    captions: extracted.captions,
    paragraphs: extracted.paragraphs,
    languages,
  });
  return { extracted, published: found.published, yearless: found.yearless, siteLines: learnableLineKeys(extracted.lines) };
}

export function runPipeline(raw: RawDocument, context: PipelineContext = {}): PipelineResult {
  // 1. Bytes to text: needs only the raw document.
  const decoded = decodeDocument(raw);
  // 2. Main text, page metadata and the page's own publication date: needs decoded text.
  const { extracted, published, yearless, siteLines } = raw.contentType === 'text/html' ? extractHtmlDocument(raw, decoded.text) : extractTextDocument(raw, decoded.text, context);
  // 3. Language of the clean text: after extraction, so chrome in another language cannot mislead it.
  const language = identifyLanguage([extracted.title ?? '', ...extracted.paragraphs].join('\n'), extracted.declaredLanguage ?? raw.hints.language);
  // 4. The container's date: a feed item's or record's own date is authoritative for it; elsewhere the page's date wins.
  const containerDate = raw.hints.published ? parseMachineDate(raw.hints.published, `container:${raw.origin.kind}`) : null;
  const containerFirst = raw.origin.kind === 'feed-item' || raw.origin.kind === 'json-record';
  // 5. Dateline and credit: HTML extraction does not read them, so they come from the first paragraph here.
  const dateline = extracted.dateline ?? (extracted.paragraphs[0] ? parseDateline(extracted.paragraphs[0]) : null);

  const article: Article = {
    url: extracted.canonicalUrl ?? raw.hints.url ?? null,
    title: extracted.title ?? raw.hints.title ?? null,
    paragraphs: extracted.paragraphs,
    language: language.language ?? primaryLanguage(raw.hints.language),
    published: containerFirst ? (containerDate ?? published) : (published ?? containerDate),
    dateline: dateline ? { place: dateline.place, agency: dateline.agency, raw: dateline.raw } : null,
    credit: ownCredit(extracted.credit ?? dateline?.agency ?? null, extracted.publisher ?? raw.hints.publisher ?? null),
    publisher: extracted.publisher ?? raw.hints.publisher ?? null,
    author: extracted.author ?? raw.hints.author ?? null,
    captions: extracted.captions,
    relatedLinks: extracted.relatedLinks,
    removed: extracted.removed,
    opinionParagraphs: extracted.opinionParagraphs,
  };
  return {
    article,
    charset: decoded.charset,
    charsetMethod: decoded.charsetMethod,
    languageMethod: language.method,
    yearless: article.published ? null : yearless,
    textHash: articleTextHash(article),
    siteLines,
  };
}

/**
 * Runs the pipeline over documents that arrived together (one ingestion
 * batch, one folder): a date written without its year is placed using the
 * years of the others — those from its own site or folder first — which are
 * usually from the same days.
 */
export function runPipelineBatch(raws: RawDocument[], contexts: PipelineContext[] = []): PipelineResult[] {
  const results = raws.map((raw, i) => runPipeline(raw, contexts[i] ?? {}));
  const placed = placeYearlessDates(
    results.map((result, i) => ({ yearless: result.yearless, published: result.article.published, capturedAt: captureTime(raws[i] as RawDocument), group: siteKeyOf(raws[i] as RawDocument) })),
  );
  return results.map((result, i) => {
    const date = placed[i] ?? null;
    if (!result.yearless || !date) return result;
    return { ...result, article: { ...result.article, published: date }, yearless: null };
  });
}
