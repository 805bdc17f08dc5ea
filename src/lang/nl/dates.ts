import type { DateVocabulary } from '../types.js';

/**
 * Dutch date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  monthLocales: [{ locale: 'nl', calendar: 'gregory' }],
  dayFirst: true,
  relativeDays: { today: ['vandaag'], yesterday: ['gisteren'], tomorrow: ['morgen'] },
  timezones: {},
  ordinalSuffixes: ['e', 'ste', 'de'],
  connectors: [],
  yearSuffixes: [],
  timeConnectors: ['om', 'rond'],
  timeSuffixes: ['uur'],
  dayPeriods: { am: [], pm: [] },
  publishedCues: ['gepubliceerd', 'geplaatst'],
  updatedCues: ['bijgewerkt', 'gewijzigd'],
};
