import type { DateVocabulary } from '../types.js';

/**
 * Azerbaijani date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  monthLocales: [{ locale: 'az', calendar: 'gregory' }],
  dayFirst: true,
  relativeDays: { today: ['bu gün', 'bugün'], yesterday: ['dünən'], tomorrow: ['sabah'] },
  // Azerbaijan has kept +04:00 all year since 2016.
  timezones: { 'Bakı vaxtı ilə': '+04:00' },
  ordinalSuffixes: ['ci', 'cı', 'cu', 'cü'],
  connectors: [],
  yearSuffixes: [{ text: 'ci il' }, { text: 'cı il' }, { text: 'cu il' }, { text: 'cü il' }, { text: 'il' }],
  timeConnectors: ['saat'],
  timeSuffixes: [],
  dayPeriods: { am: [], pm: [] },
  publishedCues: ['dərc edilib', 'dərc olunub'],
  updatedCues: ['yenilənib'],
};
