import { endsLikeSentence, isParagraphLike, wordCount } from './line-shape.js';
import { matchesAnywhere, type TextCues } from './text-cues.js';
import { assign, type TextLine } from './text-lines.js';

/** Words a closing line needs, with final punctuation, to count as the article's own last sentence. */
const MIN_CLOSING_SENTENCE_WORDS = 4;

/** "© 2024 Example News.", "Copyright 2024 …", "(c) Example": the site's copyright notice. */
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/iu;
/** Longest line the footer walk removes for containing a chrome phrase: longer ones are article sentences that mention it. */
const MAX_CHROME_SENTENCE_WORDS = 20;

function isClosingSentence(text: string): boolean {
  return isParagraphLike(text) || (endsLikeSentence(text) && wordCount(text) >= MIN_CLOSING_SENTENCE_WORDS);
}

function isFooterSentence(text: string, cues: TextCues): boolean {
  return COPYRIGHT.test(text) || (wordCount(text) <= MAX_CHROME_SENTENCE_WORDS && matchesAnywhere(cues.boilerplateInside, text) > 0);
}

/**
 * Walks up from the end: lines after the article's last sentence that are not
 * prose (mailing-list prompts, share buttons, app names, "… at the following
 * addresses:") are the page footer.
 */
export function markFooter(lines: TextLine[], bodyStart: number, cues: TextCues): void {
  for (let i = lines.length - 1; i > bodyStart; i -= 1) {
    const line = lines[i];
    if (!line || line.blank) continue;
    if (line.role !== 'unknown') continue;
    if (isFooterSentence(line.text, cues)) {
      assign(line, 'boilerplate', COPYRIGHT.test(line.text) ? 'copyright notice' : 'footer chrome sentence');
      continue;
    }
    if (isClosingSentence(line.text)) return;
    assign(line, 'boilerplate', line.text.endsWith(':') ? 'footer lead-in' : 'page footer');
  }
}
