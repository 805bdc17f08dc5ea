import type { DateVocabulary } from '../types.js';

/**
 * Urdu date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  monthLocales: [{ locale: 'ur', calendar: 'gregory' }, { locale: 'ur', calendar: 'islamic' }],
  dayFirst: true,
  relativeDays: { today: ['آج'], yesterday: ['گزشتہ روز', 'کل'], tomorrow: ['آئندہ روز', 'کل'] },
  timezones: { 'پاکستانی وقت کے مطابق': '+05:00' },
  ordinalSuffixes: [],
  connectors: [],
  yearSuffixes: [{ text: 'ء' }, { text: 'عیسوی' }, { text: 'ھ', calendar: 'islamic' }, { text: 'ہجری', calendar: 'islamic' }],
  timeConnectors: [],
  timeSuffixes: ['بجے'],
  dayPeriods: { am: ['صبح'], pm: ['شام', 'رات', 'دوپہر'] },
  publishedCues: ['شائع'],
  updatedCues: ['اپ ڈیٹ'],
};
