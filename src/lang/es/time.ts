import type { TimeVocabulary } from '../types.js';

/** Spanish words for relative days and periods, ranges and years, with the article outlets write ("el sábado", "la semana pasada"). */
export const time: TimeVocabulary = {
  relativeCalendar: 'gregory',
  weekStartsOn: 1,
  dayOffsets: [
    { text: 'anteayer', offset: -2 },
    { text: 'antier', offset: -2 },
    { text: 'antes de ayer', offset: -2 },
    { text: 'pasado mañana', offset: 2 },
    { text: 'esta mañana', offset: 0 },
    { text: 'esta tarde', offset: 0 },
    { text: 'esta noche', offset: 0 },
    { text: 'anoche', offset: -1 },
  ],
  // "mañana" is also "morning".
  notRelative: ['la mañana', 'por la mañana', 'de la mañana', 'esa mañana', 'cada mañana', 'una mañana'],
  numbers: { un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 },
  vagueNumbers: ['unos', 'unas', 'varios', 'varias'],
  units: {
    day: ['día', 'días'],
    week: ['semana', 'semanas', 'la semana'],
    month: ['mes', 'meses', 'el mes'],
    year: ['año', 'años', 'el año'],
  },
  countedUnits: [],
  periodWords: [],
  ago: { before: ['hace'], after: ['atrás'] },
  fromNow: { before: ['dentro de'], after: [] },
  anchorLinks: [],
  anchored: { before: [], after: ['después', 'más tarde', 'antes'] },
  // "el pasado 27 de septiembre", "la semana pasada".
  last: { before: ['el pasado', 'la pasada'], after: ['pasado', 'pasada'] },
  next: { before: ['el próximo', 'la próxima', 'próximo', 'próxima'], after: ['próximo', 'próxima', 'que viene'] },
  current: { before: ['este', 'esta', 'a principios de este', 'a principios de esta', 'a comienzos de este'], after: [] },
  weekdayForms: [[], [], [], [], [], [], []],
  weekdayCues: { before: ['el'], after: [] },
  bareWeekdays: true,
  yearCues: { before: ['en', 'desde', 'hasta', 'en el año'], after: [] },
  rangeOpeners: ['entre', 'de', 'del', 'desde', 'desde el'],
  rangeJoiners: ['a', 'al', 'hasta', 'hasta el'],
  pairJoiners: ['y'],
  rangeClosers: [],
  clockWords: [
    { text: 'mediodía', hour: 12, minute: 0 },
    { text: 'medianoche', hour: 0, minute: 0 },
  ],
  futureCues: { before: ['va a', 'van a', 'se celebrará', 'tendrá lugar', 'prevé', 'está previsto'], after: ['se celebrará', 'tendrá lugar'] },
};
