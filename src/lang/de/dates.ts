import type { DateVocabulary } from '../types.js';

/**
 * German date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  monthLocales: [{ locale: 'de', calendar: 'gregory' }],
  dayFirst: true,
  relativeDays: { today: ['heute'], yesterday: ['gestern'], tomorrow: ['morgen'] },
  timezones: { MEZ: '+01:00', MESZ: '+02:00' },
  ordinalSuffixes: [],
  connectors: [],
  yearSuffixes: [],
  timeConnectors: ['um', 'gegen'],
  timeSuffixes: ['Uhr'],
  dayPeriods: { am: [], pm: [] },
  publishedCues: ['veröffentlicht', 'erschienen', 'publiziert', 'erstellt', 'gepostet'],
  updatedCues: ['aktualisiert', 'geändert', 'zuletzt', 'stand'],
};
