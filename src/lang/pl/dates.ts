import type { DateVocabulary } from '../types.js';

/**
 * Polish date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  monthLocales: [{ locale: 'pl', calendar: 'gregory' }],
  dayFirst: true,
  relativeDays: { today: ['dzisiaj', 'dziś'], yesterday: ['wczoraj'], tomorrow: ['jutro'] },
  timezones: { 'czasu polskiego': '+01:00' },
  ordinalSuffixes: [],
  connectors: [],
  yearSuffixes: [{ text: 'roku' }, { text: 'r' }],
  timeConnectors: ['o', 'godz', 'o godz'],
  timeSuffixes: [],
  dayPeriods: { am: [], pm: [] },
  publishedCues: ['opublikowano'],
  updatedCues: ['aktualizacja', 'zaktualizowano'],
};
