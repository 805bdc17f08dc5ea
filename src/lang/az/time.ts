import { emptyTimeVocabulary } from '../empty-time-vocabulary.js';
import type { TimeVocabulary } from '../types.js';

/**
 * Azerbaijani: no list has been checked against the press yet, so only `dates.relativeDays` (bu gün,
 * dünən, sabah) and CLDR names are read. Weeks start on Monday, as CLDR has it for AZ.
 */
export const time: TimeVocabulary = emptyTimeVocabulary({ relativeCalendar: 'gregory', weekStartsOn: 1 });
