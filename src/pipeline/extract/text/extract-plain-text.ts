/**
 * Plain-text extraction: text copied from a web page, with its banners,
 * breadcrumbs, captions, "Read more" lists and footers mixed in. Each pass
 * gives lines a role; the order matters and is fixed here.
 */
import type { RemovedBlock } from '../../../core/article.js';
import type { DateMention } from '../../dates/types.js';
import { emptyExtraction, type ExtractedDocument } from '../extracted-document.js';
import { findOpinionParagraphs } from './find-opinion.js';
import { findPublisher } from './find-publisher.js';
import { markBoilerplate } from './mark-boilerplate.js';
import { markBylines } from './mark-bylines.js';
import { markCaptions } from './mark-captions.js';
import { initials, markCredit } from './mark-credit.js';
import { markDateLines } from './mark-date-lines.js';
import { markFooter } from './mark-footer.js';
import { markInlineCaptions } from './mark-inline-captions.js';
import { headerZoneEnd, markHeader } from './mark-header.js';
import { markRelated } from './mark-related.js';
import { splitOutletLabel } from './outlet-label.js';
import { parseDateline } from './parse-dateline.js';
import type { TextCues } from './text-cues.js';
import { assign, splitLines, type TextLine } from './text-lines.js';

export interface PlainTextOptions {
  cues: TextCues;
  /** Candidate languages (for date vocabulary). */
  languages: string[];
  /** Line keys this site repeats across its pages (see `lineKey`). */
  siteBoilerplate?: ReadonlySet<string>;
}

export interface PlainTextExtraction extends ExtractedDocument {
  /** Dates found in date lines, the dateline and captions, most trusted first (for publication-date resolution). */
  dateMentions: { mention: DateMention; method: string }[];
  /** The date the dateline writes ("Oct 10"), if any. */
  datelineDate: string | null;
  /** The lines with their roles, for tracing and scoring. */
  lines: TextLine[];
}

const REMOVED_ROLES = new Set(['boilerplate', 'related', 'caption', 'credit', 'date', 'byline']);

/** Expands a dateline agency abbreviation with the outlet label that spells it out ("IP" → "Iran Press"). */
function creditName(agency: string | null, label: string | null): string | null {
  if (label) {
    const first = label.split('/')[0]?.trim() ?? label;
    if (!agency || initials(first) === agency.replace(/[^\p{Lu}]/gu, '')) return first;
  }
  return agency;
}

export function extractPlainText(text: string, options: PlainTextOptions): PlainTextExtraction {
  const lines = splitLines(text);
  const result: PlainTextExtraction = { ...emptyExtraction(), dateMentions: [], datelineDate: null, lines };
  if (lines.every((line) => line.blank)) return result;

  // 1. Date-only lines first: "Wed / 7 October 2020 / 12:46" would otherwise pass for a breadcrumb.
  const dateLines = markDateLines(lines, options.languages);
  // 2. Related lists before chrome phrases: their headers ("Mehr zum Thema:") are also chrome phrases, and the list under them must be claimed too.
  result.relatedLinks = markRelated(lines, options.cues);
  // 3. Lines that are chrome wherever they stand (must precede header detection, or a banner could become the title).
  markBoilerplate(lines, options.cues, options.siteBoilerplate ?? new Set());
  // 4. Captions and bylines: both sit between headline and body and must not be taken for either.
  markCaptions(lines, options.cues);
  markBylines(lines, options.cues);
  // 5. Credit lines among the lines above the first prose line.
  const credit = markCredit(lines.slice(0, headerZoneEnd(lines)), options.cues);
  // 6. Headline and header chrome: needs 1–5 so only real headline candidates remain above the body.
  const { bodyStart, title } = markHeader(lines);
  // 7. The footer: the walk skips lines the passes above already claimed.
  markFooter(lines, bodyStart, options.cues);
  markInlineCaptions(lines, bodyStart);

  const body = lines.filter((line, index) => index >= bodyStart && !line.blank && line.role === 'unknown');
  for (const line of body) assign(line, 'body', 'article text');

  result.title = title?.text ?? null;
  result.captions = lines.filter((line) => line.role === 'caption').map((line) => line.text);
  result.removed = lines
    .filter((line) => REMOVED_ROLES.has(line.role))
    .map((line): RemovedBlock => ({ text: line.text, reason: line.reason, line: line.number }));

  // The document's language re-cases names written in capitals (Turkish "İZMİR" is "İzmir").
  const locale = options.languages[0];
  const dateline = body[0] ? parseDateline(body[0].text, locale) : null;
  let outletLabel: string | null = null;
  result.paragraphs = body.map((line) => {
    const split = splitOutletLabel(line.text);
    if (!split) return line.text;
    outletLabel ??= split.label;
    result.removed.push({ text: split.label, reason: 'outlet label', line: line.number });
    return split.rest;
  });
  if (dateline) {
    result.dateline = { place: dateline.place, agency: dateline.agency, raw: dateline.raw };
    result.datelineDate = dateline.dateText;
  }
  result.credit = credit?.acronym ?? creditName(dateline?.agency ?? null, outletLabel);
  // An outlet that opens a paragraph with its own name ("Caspian Herald: …") is the publisher.
  result.publisher = findPublisher(result.removed, locale) ?? (outletLabel ? ((outletLabel as string).split('/')[0]?.trim() ?? null) : null);
  result.opinionParagraphs = findOpinionParagraphs(result.paragraphs, options.cues);

  for (const { mention, line } of dateLines) result.dateMentions.push({ mention, method: `text:date line ${line.number}` });
  return result;
}
