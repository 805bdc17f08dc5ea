import type { DateEvidence } from './date-evidence.js';
import type { PlacedElement } from './page-index.js';
import { readTextDates } from './read-text-dates.js';
import { visibleText } from './visible-text.js';

/**
 * A date line is short ("Von Anna Muster, 10.10.2020, 14:20 Uhr", or a
 * WordPress "postmetadata" paragraph with its categories); a longer holder is
 * a whole teaser or article whose dates are its story's.
 */
const MAX_HOLDER_TEXT = 500;

/**
 * Dates written in the text of elements whose class or id says they hold a
 * date line (date, time, byline, meta…), outside comments and related lists.
 * Every full date of each holder counts, in order, with its cue words' role.
 */
export function findHolderDates(holders: PlacedElement[], languages?: string[]): DateEvidence[] {
  const found: DateEvidence[] = [];
  for (const { element, noise, textIndex } of holders) {
    if (noise) continue;
    const text = visibleText(element, MAX_HOLDER_TEXT);
    if (!text || text.length > MAX_HOLDER_TEXT) continue;
    for (const mention of readTextDates(text, 'text:date-holder', languages)) {
      found.push({ date: mention.date, role: mention.role, source: 'container', position: textIndex });
    }
  }
  return found;
}
