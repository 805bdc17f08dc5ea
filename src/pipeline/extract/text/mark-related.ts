import type { RelatedLink } from '../../../core/article.js';
import { isHeadlineLike, isParagraphLike } from './line-shape.js';
import { matchesWhole, type TextCues } from './text-cues.js';
import { assign, type TextLine } from './text-lines.js';

/** A question of headline length: related lists are full of them, prose paragraphs rarely are one. */
const isQuestionHeadline = (text: string) => /[?؟]$/u.test(text) && isHeadlineLike(text);

/**
 * "Read more:" / "Related" headers and the link titles under them. The list
 * ends at the first line that reads like prose: real paragraphs often follow
 * such a header on copied pages and are kept as body. A question of headline
 * length ("Wie gut sind die Deiche auf den Klimawandel vorbereitet?") is a
 * headline, not prose: paragraphs state, headlines ask.
 */
export function markRelated(lines: TextLine[], cues: TextCues): RelatedLink[] {
  const links: RelatedLink[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const header = lines[i];
    if (!header || header.blank || header.role !== 'unknown' || !matchesWhole(cues.relatedHeader, header.text)) continue;
    assign(header, 'boilerplate', 'related-articles header');
    for (let j = i + 1; j < lines.length; j += 1) {
      const line = lines[j];
      if (!line || line.blank) continue;
      if (line.role !== 'unknown') {
        if (line.role === 'boilerplate' || line.role === 'caption') continue;
        break;
      }
      if (isParagraphLike(line.text) && !isQuestionHeadline(line.text)) break;
      assign(line, 'related', 'related-article link');
      links.push({ text: line.text });
    }
  }
  return links;
}
