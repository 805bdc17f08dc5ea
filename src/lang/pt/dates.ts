import type { DateVocabulary } from '../types.js';

/**
 * Portuguese date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  monthLocales: [{ locale: 'pt', calendar: 'gregory' }, { locale: 'pt-PT', calendar: 'gregory' }],
  dayFirst: true,
  relativeDays: { today: ['hoje'], yesterday: ['ontem'], tomorrow: ['amanhã'] },
  timezones: { 'hora de Moscou': '+03:00' },
  ordinalSuffixes: ['º'],
  connectors: ['de'],
  yearSuffixes: [],
  timeConnectors: ['às', 'as'],
  timeSuffixes: ['h', 'horas'],
  dayPeriods: { am: [], pm: [] },
  publishedCues: ['publicado', 'publicada'],
  updatedCues: ['atualizado', 'atualizada', 'actualizado'],
};
