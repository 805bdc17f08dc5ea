import { matchesAnywhere, type TextCues } from './text-cues.js';

/** Opinion markers one closing paragraph needs before we call it opinion: one hedge word is not clear evidence. */
const MIN_OPINION_MARKERS = 2;
/** How many closing paragraphs are examined: opinion is appended at the end of a report. */
const CLOSING_PARAGRAPHS = 2;

/**
 * Indexes of closing paragraphs that read as the publisher's opinion appended
 * to a wire report: several evaluative markers and no attribution to a source.
 */
export function findOpinionParagraphs(paragraphs: string[], cues: TextCues): number[] {
  const found: number[] = [];
  for (let i = Math.max(0, paragraphs.length - CLOSING_PARAGRAPHS); i < paragraphs.length; i += 1) {
    const text = paragraphs[i] ?? '';
    if (matchesAnywhere(cues.opinion, text) >= MIN_OPINION_MARKERS && matchesAnywhere(cues.attribution, text) === 0) found.push(i);
  }
  return found;
}
