import type { DateVocabulary } from '../types.js';

/**
 * Spanish date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  monthLocales: [{ locale: 'es', calendar: 'gregory' }],
  dayFirst: true,
  relativeDays: { today: ['hoy'], yesterday: ['ayer'], tomorrow: ['mañana'] },
  timezones: { 'hora de Moscú': '+03:00' },
  ordinalSuffixes: ['º'],
  connectors: ['de', 'del'],
  yearSuffixes: [],
  timeConnectors: ['a las', 'a la'],
  timeSuffixes: ['horas', 'hs', 'h'],
  dayPeriods: { am: ['a.m', 'am'], pm: ['p.m', 'pm'] },
  publishedCues: ['publicado', 'publicada'],
  updatedCues: ['actualizado', 'actualizada', 'modificado'],
};
