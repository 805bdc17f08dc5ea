import type { TimeVocabulary } from '../types.js';

/** Dutch words for relative days and periods, ranges and years ("vorige week", "twee dagen geleden", "afgelopen zaterdag"). */
export const time: TimeVocabulary = {
  relativeCalendar: 'gregory',
  weekStartsOn: 1,
  dayOffsets: [
    { text: 'eergisteren', offset: -2 },
    { text: 'overmorgen', offset: 2 },
    { text: 'vanochtend', offset: 0 },
    { text: 'vanmorgen', offset: 0 },
    { text: 'vanmiddag', offset: 0 },
    { text: 'vanavond', offset: 0 },
    { text: 'vannacht', offset: 0 },
    { text: 'gisteravond', offset: -1 },
  ],
  // "morgen" is also "morning".
  notRelative: ['de morgen', "'s morgens"],
  numbers: { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10 },
  vagueNumbers: ['enkele', 'een paar', 'een aantal'],
  units: {
    day: ['dag', 'dagen'],
    week: ['week', 'weken'],
    month: ['maand', 'maanden'],
    year: ['jaar', 'jaren'],
  },
  countedUnits: [],
  periodWords: [],
  ago: { before: [], after: ['geleden'] },
  fromNow: { before: [], after: [] },
  anchorLinks: [],
  anchored: { before: [], after: ['later', 'eerder', 'daarna'] },
  last: { before: ['vorige', 'vorig', 'afgelopen'], after: [] },
  next: { before: ['volgende', 'volgend', 'komende', 'aanstaande'], after: [] },
  current: { before: ['deze', 'dit', 'eerder deze', 'eerder dit'], after: [] },
  // Dutch writes a weekday and a part of the day as one word: "zaterdagavond", "zondagochtend".
  weekdayForms: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'].map((day) =>
    ['ochtend', 'morgen', 'middag', 'avond', 'nacht'].map((part) => `${day}${part}`),
  ),
  weekdayCues: { before: ['op'], after: [] },
  bareWeekdays: true,
  yearCues: { before: ['in', 'sinds', 'tot', 'in het jaar'], after: [] },
  rangeOpeners: ['tussen', 'van'],
  rangeJoiners: ['tot', 't/m', 'tot en met'],
  pairJoiners: ['en'],
  rangeClosers: [],
  clockWords: [
    { text: 'middernacht', hour: 0, minute: 0 },
  ],
  futureCues: { before: ['zal', 'zullen', 'gaat', 'gaan'], after: [] },
};
