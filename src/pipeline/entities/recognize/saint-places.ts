/**
 * "San Giovanni Gemini", "São Bento do Sul", "Sankt Wendel": towns named
 * after a saint, written with the Italian, Spanish, Portuguese or German
 * word for "saint" first. Two or three unknown capitalised words read as a
 * given name and a surname; with this first word they are a place: on
 * WikiANN dev (fr, pt, nl, en, de), of 90 such runs typed as people 4 were
 * people and 71 overlapped a place.
 */
import type { RecognitionContext } from './context.js';

/** "Saint" is left out: French writes saints themselves so ("Saint Augustin"), and hyphenates the towns ("Saint-Denis"). */
const SAINT = new Set(['san', 'santa', 'santo', 'são', 'sao', 'sankt']);

/** Whether the run from `start` opens with the word for "saint" of a place named after one. */
export function opensWithSaint(context: RecognitionContext, start: number): boolean {
  const first = context.words[start];
  return first !== undefined && first.capitalized && !first.allCaps && SAINT.has(first.folded);
}
