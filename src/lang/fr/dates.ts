import type { DateVocabulary } from '../types.js';

/**
 * French date vocabulary beyond CLDR. Month, weekday and AM/PM names come from
 * `Intl` through cldr-names.ts; this file lists only what CLDR does not give.
 */
export const dates: DateVocabulary = {
  monthLocales: [{ locale: 'fr', calendar: 'gregory' }],
  dayFirst: true,
  relativeDays: { today: ["aujourd'hui"], yesterday: ['hier'], tomorrow: ['demain'] },
  timezones: { 'heure de Moscou': '+03:00' },
  ordinalSuffixes: ['er', 're', 'e', 'ème'],
  connectors: [],
  yearSuffixes: [],
  timeConnectors: ['à', 'vers'],
  timeSuffixes: ['heures'],
  dayPeriods: { am: [], pm: [] },
  publishedCues: ['publié', 'publiée', 'mis en ligne', 'paru'],
  updatedCues: ['mis à jour', 'modifié', 'actualisé'],
};
