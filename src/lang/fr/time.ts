import type { TimeVocabulary } from '../types.js';

/** French words for relative days and periods, ranges and years, with the article outlets write before a unit ("la semaine dernière"). */
export const time: TimeVocabulary = {
  relativeCalendar: 'gregory',
  weekStartsOn: 1,
  dayOffsets: [
    { text: 'avant-hier', offset: -2 },
    { text: 'après-demain', offset: 2 },
    { text: 'ce matin', offset: 0 },
    { text: 'cet après-midi', offset: 0 },
    { text: 'ce soir', offset: 0 },
    { text: 'hier soir', offset: -1 },
  ],
  notRelative: [],
  numbers: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 },
  vagueNumbers: ['quelques'],
  units: {
    day: ['jour', 'jours', 'journée'],
    week: ['semaine', 'semaines', 'la semaine'],
    month: ['mois', 'le mois'],
    year: ['an', 'ans', 'année', 'années', "l'an", "l'année"],
  },
  countedUnits: [],
  periodWords: [{ text: 'ce mois-ci', unit: 'month', offset: 0 }],
  ago: { before: ['il y a'], after: [] },
  fromNow: { before: ['dans'], after: [] },
  anchorLinks: [],
  anchored: { before: [], after: ['plus tard', 'plus tôt', 'auparavant', 'après', 'avant'] },
  last: { before: [], after: ['dernier', 'dernière', 'passé', 'passée'] },
  next: { before: ['prochain', 'prochaine'], after: ['prochain', 'prochaine'] },
  current: { before: ['ce', 'cet', 'cette', 'plus tôt ce', 'plus tôt cette'], after: [] },
  weekdayForms: [[], [], [], [], [], [], []],
  // "ce samedi" may be the one just past or the one ahead.
  weekdayCues: { before: [], after: [] },
  bareWeekdays: true,
  yearCues: { before: ['en', 'depuis', 'dès', "jusqu'en", "en l'an"], after: [] },
  rangeOpeners: ['entre', 'de', 'du', 'depuis'],
  rangeJoiners: ['à', 'au', "jusqu'à", "jusqu'au", "jusqu'en"],
  pairJoiners: ['et'],
  rangeClosers: [],
  clockWords: [
    { text: 'midi', hour: 12, minute: 0 },
    { text: 'minuit', hour: 0, minute: 0 },
  ],
  futureCues: { before: ['va', 'vont', 'doit', 'doivent', 'devrait', 'devraient', 'se tiendra', 'aura lieu', 'prévu', 'prévue'], after: ['se tiendra', 'aura lieu'] },
};
