/** Article-level recognition of one paragraph, for compact test expectations. */
import { recognizeEntities } from '../index.js';

/** Every mention of a one-paragraph text as "type:text". */
export function mentions(text: string, language: string | null): string[] {
  return recognizeEntities({ title: null, paragraphs: [text], language }).map((mention) => `${mention.type}:${mention.text}`);
}
