import { emptyTimeVocabulary } from '../empty-time-vocabulary.js';
import type { TimeVocabulary } from '../types.js';

/**
 * Armenian: no list has been checked against the press yet, so only `dates.relativeDays` (այսօր, երեկ,
 * վաղը) and CLDR names are read. Weeks start on Monday, as CLDR has it for AM.
 */
export const time: TimeVocabulary = emptyTimeVocabulary({ relativeCalendar: 'gregory', weekStartsOn: 1 });
