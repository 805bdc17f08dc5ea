import type { TimeVocabulary } from '../types.js';

/** German words for relative days and periods, ranges and years, in every declined form the press writes ("am vergangenen Samstag", "vor zwei Tagen"). */
export const time: TimeVocabulary = {
  relativeCalendar: 'gregory',
  weekStartsOn: 1,
  dayOffsets: [
    { text: 'vorgestern', offset: -2 },
    { text: 'übermorgen', offset: 2 },
    { text: 'heute morgen', offset: 0 },
    { text: 'heute früh', offset: 0 },
    { text: 'heute abend', offset: 0 },
    { text: 'gestern abend', offset: -1 },
    { text: 'gestern morgen', offset: -1 },
  ],
  // "Morgen" is also "morning".
  notRelative: ['am morgen', 'den morgen', 'guten morgen', 'am nächsten morgen', 'am frühen morgen'],
  numbers: { ein: 1, eine: 1, einem: 1, einer: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10 },
  vagueNumbers: ['einigen', 'einige', 'wenigen', 'ein paar'],
  units: {
    day: ['tag', 'tage', 'tagen'],
    week: ['woche', 'wochen'],
    month: ['monat', 'monate', 'monaten', 'monats'],
    year: ['jahr', 'jahre', 'jahren', 'jahres'],
  },
  countedUnits: [],
  periodWords: [{ text: 'im vorjahr', unit: 'year', offset: -1 }],
  ago: { before: ['vor'], after: [] },
  fromNow: { before: ['in'], after: [] },
  anchorLinks: [],
  anchored: { before: [], after: ['später', 'zuvor', 'danach', 'vorher'] },
  last: {
    before: ['letzte', 'letzten', 'letzter', 'letztes', 'vergangene', 'vergangenen', 'vergangener', 'vergangenes', 'vorige', 'vorigen', 'voriger', 'voriges',
      'in der vergangenen', 'in der letzten', 'im vergangenen', 'im letzten', 'am vergangenen', 'am letzten'],
    after: [],
  },
  next: {
    before: ['nächste', 'nächsten', 'nächster', 'nächstes', 'kommende', 'kommenden', 'kommender', 'kommendes',
      'in der kommenden', 'in der nächsten', 'im kommenden', 'im nächsten', 'am kommenden', 'am nächsten'],
    after: [],
  },
  current: { before: ['diese', 'diesen', 'dieser', 'dieses', 'in dieser', 'in diesem', 'anfang dieser', 'anfang dieses', 'anfang des'], after: [] },
  // German writes a weekday and a part of the day as one word: "Mittwochabend", "Samstagmorgen".
  weekdayForms: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'].map((day) =>
    ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'].map((part) => `${day}${part}`),
  ),
  weekdayCues: { before: ['am'], after: [] },
  bareWeekdays: true,
  yearCues: { before: ['im jahr', 'im jahre', 'seit', 'bis', 'anno'], after: [] },
  rangeOpeners: ['zwischen', 'von', 'vom', 'seit'],
  rangeJoiners: ['bis', 'bis zum'],
  pairJoiners: ['und'],
  rangeClosers: [],
  clockWords: [
    { text: 'mittag', hour: 12, minute: 0 },
    { text: 'mitternacht', hour: 0, minute: 0 },
  ],
  futureCues: { before: ['wird', 'werden', 'soll', 'sollen', 'will', 'wollen'], after: [] },
};
