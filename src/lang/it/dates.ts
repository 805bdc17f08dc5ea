import type { DateVocabulary } from '../types.js';

/**
 * Italian date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  monthLocales: [{ locale: 'it', calendar: 'gregory' }],
  dayFirst: true,
  relativeDays: { today: ['oggi'], yesterday: ['ieri'], tomorrow: ['domani'] },
  timezones: { 'ora di Mosca': '+03:00' },
  ordinalSuffixes: ['º'],
  connectors: [],
  yearSuffixes: [],
  timeConnectors: ['alle', 'alle ore', 'ore'],
  timeSuffixes: [],
  dayPeriods: { am: [], pm: [] },
  publishedCues: ['pubblicato', 'pubblicata'],
  updatedCues: ['aggiornato', 'aggiornata', 'modificato'],
};
