import type { DateVocabulary } from '../types.js';

/**
 * Turkish date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  monthLocales: [{ locale: 'tr', calendar: 'gregory' }],
  dayFirst: true,
  relativeDays: { today: ['bugün'], yesterday: ['dün'], tomorrow: ['yarın'] },
  // Turkey has kept +03:00 all year since September 2016; earlier dates in TSİ may be off by an hour in winter.
  timezones: { 'TSİ': '+03:00', 'Türkiye saatiyle': '+03:00', 'Türkiye saati ile': '+03:00' },
  ordinalSuffixes: [],
  connectors: [],
  yearSuffixes: [{ text: 'yılı' }],
  timeConnectors: ['saat'],
  timeSuffixes: ['itibarıyla'],
  dayPeriods: { am: [], pm: [] },
  publishedCues: ['yayınlanma', 'yayınlandı', 'yayın tarihi'],
  updatedCues: ['güncellenme', 'güncellendi', 'güncelleme'],
};
