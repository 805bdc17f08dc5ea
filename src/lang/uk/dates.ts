import type { DateVocabulary } from '../types.js';

/**
 * Ukrainian date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  monthLocales: [{ locale: 'uk', calendar: 'gregory' }],
  dayFirst: true,
  relativeDays: { today: ['сьогодні'], yesterday: ['вчора', 'учора'], tomorrow: ['завтра'] },
  timezones: { 'за Гринвічем': 'Z', 'за московським часом': '+03:00' },
  ordinalSuffixes: ['го'],
  connectors: [],
  yearSuffixes: [{ text: 'року' }, { text: 'рік' }, { text: 'р' }],
  timeConnectors: ['о', 'об'],
  timeSuffixes: [],
  dayPeriods: { am: [], pm: [] },
  publishedCues: ['опубліковано', 'дата публікації'],
  updatedCues: ['оновлено', 'змінено'],
};
