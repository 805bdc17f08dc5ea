import { endsLikeSentence, wordCount } from './line-shape.js';
import type { TextCues } from './text-cues.js';
import { foldForMatch } from '../../../lang/match-fold.js';
import { assign, unassigned, type TextLine } from './text-lines.js';

/** Longest byline in words ("By Jane Doe and John Roe, Reuters correspondents in Ankara"). */
const MAX_BYLINE_WORDS = 12;

/** Marks bylines: short lines that open with a byline word and do not read as a sentence. */
export function markBylines(lines: TextLine[], cues: TextCues): void {
  for (const line of unassigned(lines)) {
    if (wordCount(line.text) > MAX_BYLINE_WORDS || endsLikeSentence(line.text)) continue;
    const folded = foldForMatch(line.text);
    if (cues.byline.some((pattern) => pattern.test(folded))) assign(line, 'byline', 'byline');
  }
}
