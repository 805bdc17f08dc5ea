/**
 * The document for one feed item: its full content when the feed carries it; else the
 * linked page when fetching is allowed and works; else its summary; else a failure.
 */
import { compactHints } from './compact-hints.js';
import { describeError, isNewsloomError } from '../core/errors.js';
import type { DocumentContentType, DocumentHints, DocumentOrigin } from '../core/raw-document.js';
import { contentProblem, type ContentProblem } from './content-checks.js';
import { isHtmlMediaType } from './content-type.js';
import type { ContentSource } from './content-source.js';
import { tooLargeReason } from './describe-size.js';
import type { FeedChannel, FeedEntry, FeedText } from './feed-entries.js';
import { documentEvent, failureEvent } from './ingest-events.js';
import { resolveHttpUrl } from './resolve-url.js';
import type { FetchedResource, IngestEvent, ReaderContext } from './types.js';

const encoder = new TextEncoder();

type LinkedPage = { ok: true; resource: FetchedResource; contentType: DocumentContentType } | { ok: false; problem: ContentProblem };

/** Reads item `number` (1-based) of a feed into exactly one event. */
export async function readFeedItem(entry: FeedEntry, number: number, channel: FeedChannel, src: ContentSource, ctx: ReaderContext): Promise<IngestEvent> {
  const subject = `${src.source}#item ${number}`;
  const origin: DocumentOrigin = { kind: 'feed-item', source: src.source, locator: entry.guid ?? entry.link ?? `item ${number}` };
  if (entry.content) return bodyEvent(entry.content, subject, origin, itemHints(entry, channel, true), src, ctx);

  let pageProblem: ContentProblem | null = null;
  if (ctx.fetchLinkedPages && entry.link) {
    const page = await fetchLinkedPage(entry.link, src, ctx);
    if (page.ok) {
      return documentEvent({
        bytes: page.resource.bytes,
        contentType: page.contentType,
        declaredCharset: page.resource.charset,
        origin,
        fetchedAt: page.resource.fetchedAt,
        hints: itemHints(entry, channel, true),
      });
    }
    pageProblem = page.problem;
  }
  if (entry.summary) return bodyEvent(entry.summary, subject, origin, itemHints(entry, channel, false), src, ctx);
  if (pageProblem) {
    return failureEvent(subject, pageProblem.code, `item ${number} has no content or summary, and its linked page could not be read: ${pageProblem.reason}`);
  }
  const why = entry.link ? 'fetching linked pages is off' : 'it has no link';
  return failureEvent(subject, 'INPUT_INVALID', `item ${number} has no content or summary, and ${why}`);
}

function bodyEvent(body: FeedText, subject: string, origin: DocumentOrigin, hints: DocumentHints, src: ContentSource, ctx: ReaderContext): IngestEvent {
  const bytes = encoder.encode(body.value);
  const limit = ctx.limits.maxDocumentBytes;
  if (bytes.length > limit) return failureEvent(subject, 'INPUT_TOO_LARGE', tooLargeReason('the item', bytes.length, limit));
  // The feed was decoded to a string; re-encoded as UTF-8, that is the charset, whatever a <meta> inside says.
  return documentEvent({ bytes, contentType: body.contentType, declaredCharset: 'utf-8', origin, fetchedAt: src.fetchedAt, hints });
}

function itemHints(entry: FeedEntry, channel: FeedChannel, withSummary: boolean): DocumentHints {
  return compactHints({
    url: entry.link,
    title: entry.title,
    published: entry.published,
    author: entry.author,
    publisher: channel.title,
    language: entry.language,
    summary: withSummary ? entry.summary?.value : undefined,
  });
}

async function fetchLinkedPage(link: string, src: ContentSource, ctx: ReaderContext): Promise<LinkedPage> {
  const url = resolveHttpUrl(link, src.finalUrl);
  if (!url) return { ok: false, problem: { code: 'INPUT_UNSUPPORTED', reason: `the link ${link} is not an http(s) URL` } };
  let resource: FetchedResource;
  try {
    resource = await ctx.fetcher.fetch(url);
  } catch (error) {
    return { ok: false, problem: isNewsloomError(error) ? { code: error.code, reason: error.message } : { code: 'FETCH_FAILED', reason: describeError(error) } };
  }
  const contentType = isHtmlMediaType(resource.mediaType) ? 'text/html' : resource.mediaType === 'text/plain' ? 'text/plain' : null;
  if (!contentType) {
    return { ok: false, problem: { code: 'INPUT_UNSUPPORTED', reason: `the linked page is ${resource.mediaType ?? 'of no declared type'}, not HTML` } };
  }
  const problem = contentProblem(resource.bytes, contentType === 'text/html' ? 'html' : 'text', ctx.limits);
  return problem ? { ok: false, problem } : { ok: true, resource, contentType };
}
