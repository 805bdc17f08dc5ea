import type { Dateline, RelatedLink, RemovedBlock } from '../../core/article.js';

/** A date the page or its container states, before resolution. */
export interface DateCandidate {
  text: string;
  /** Where it was found, e.g. "meta:article:published_time", "json-ld:datePublished", "container". */
  method: string;
}

/** What an extractor (HTML or plain text) makes of a decoded document. */
export interface ExtractedDocument {
  title: string | null;
  paragraphs: string[];
  removed: RemovedBlock[];
  captions: string[];
  relatedLinks: RelatedLink[];
  dateline: Dateline | null;
  credit: string | null;
  /** Paragraph indexes judged to be opinion appended to a report. */
  opinionParagraphs: number[];
  canonicalUrl: string | null;
  publisher: string | null;
  author: string | null;
  /** Language the page declares about itself (<html lang>, og:locale). */
  declaredLanguage: string | null;
  dateCandidates: DateCandidate[];
}

export function emptyExtraction(): ExtractedDocument {
  return {
    title: null,
    paragraphs: [],
    removed: [],
    captions: [],
    relatedLinks: [],
    dateline: null,
    credit: null,
    opinionParagraphs: [],
    canonicalUrl: null,
    publisher: null,
    author: null,
    declaredLanguage: null,
    dateCandidates: [],
  };
}
