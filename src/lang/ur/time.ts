import { emptyTimeVocabulary } from '../empty-time-vocabulary.js';
import type { TimeVocabulary } from '../types.js';

/**
 * Urdu: no list has been checked against the press yet, so only `dates.relativeDays` and CLDR names are
 * read ("کل" is both yesterday and tomorrow there, and is left unread). Weeks start on Monday, as CLDR has it for PK.
 */
export const time: TimeVocabulary = emptyTimeVocabulary({ relativeCalendar: 'gregory', weekStartsOn: 1 });
