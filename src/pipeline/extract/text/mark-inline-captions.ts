import { endsLikeSentence, isParagraphLike, wordCount } from './line-shape.js';
import { assign, type TextLine } from './text-lines.js';

/** Words an unpunctuated line inside the body needs to be a caption rather than a subheading (subheads run 2–9 words). */
const MIN_INLINE_CAPTION_WORDS = 10;

function neighbourIsProse(lines: TextLine[], index: number, step: 1 | -1): boolean {
  for (let i = index + step; i >= 0 && i < lines.length; i += step) {
    const line = lines[i];
    if (!line || line.blank) continue;
    return line.role === 'unknown' && isParagraphLike(line.text);
  }
  return false;
}

/**
 * A long line without final punctuation between two prose paragraphs is the
 * caption of a photo that stood there ("Red Crescent volunteers hand out water
 * purification tablets in Kassala"): prose ends its sentences, captions often do not.
 */
export function markInlineCaptions(lines: TextLine[], bodyStart: number): void {
  lines.forEach((line, index) => {
    if (index <= bodyStart || line.blank || line.role !== 'unknown') return;
    if (endsLikeSentence(line.text) || wordCount(line.text) < MIN_INLINE_CAPTION_WORDS) return;
    if (neighbourIsProse(lines, index, -1) && neighbourIsProse(lines, index, 1)) assign(line, 'caption', 'photo caption (unpunctuated line inside the body)');
  });
}
