import type { EntityMention } from '../../../core/entity.js';
import { articleText } from '../article-text.js';
import { tokenize } from '../tokenize.js';
import { recognizeSpans } from './recognize-spans.js';

export interface RecognizeInput {
  title: string | null;
  paragraphs: string[];
  language: string | null;
}

/**
 * People, places, organisations and other notable names in an article, from
 * gazetteers, the language's cue words, capitalisation and the article's own
 * repetition. Offsets index `articleText(input)`. A place's `name` is the
 * gazetteer's English name when the gazetteer knows it; otherwise `name` is
 * the fullest form the article writes ("Rouhani" → "Hassan Rouhani").
 * @example recognizeEntities({ title: null, paragraphs: ['President Putin met Hassan Rouhani in Moscow.'], language: 'en' })
 *   // [{ text: 'Putin', type: 'person', … }, { text: 'Hassan Rouhani', type: 'person', … }, { text: 'Moscow', type: 'place', placeId: '524901', … }]
 */
export function recognizeEntities(input: RecognizeInput): EntityMention[] {
  const text = articleText(input);
  const { spans } = recognizeSpans(text, tokenize(text), input.language);
  return spans.map((span) => {
    const written = text.slice(span.charStart, span.charEnd);
    const mention: EntityMention = {
      text: written,
      start: span.charStart,
      end: span.charEnd,
      type: span.type,
      name: span.name ?? written,
      evidence: span.evidence,
      language: input.language,
    };
    if (span.placeId) mention.placeId = span.placeId;
    if (span.country) mention.country = span.country;
    if (span.demonym) mention.demonym = true;
    return mention;
  });
}
