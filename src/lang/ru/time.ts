import type { TimeVocabulary } from '../types.js';

/**
 * Russian words for relative days and periods, ranges and years. Russian declines what CLDR gives in the
 * nominative: «в субботу», «на прошлой неделе», «в прошлом году», «два дня назад», «в 1988 году»; every
 * case form the press writes in these phrases is listed.
 */
export const time: TimeVocabulary = {
  relativeCalendar: 'gregory',
  weekStartsOn: 1,
  dayOffsets: [
    { text: 'позавчера', offset: -2 },
    { text: 'послезавтра', offset: 2 },
    { text: 'накануне вечером', offset: -1 },
    { text: 'сегодня утром', offset: 0 },
    { text: 'вчера вечером', offset: -1 },
  ],
  notRelative: [],
  numbers: {
    один: 1, одна: 1, одну: 1, одно: 1,
    два: 2, две: 2, двух: 2,
    три: 3, трёх: 3,
    четыре: 4, четырёх: 4,
    пять: 5, пяти: 5,
    шесть: 6, шести: 6,
    семь: 7, семи: 7,
    восемь: 8, восьми: 8,
    девять: 9, девяти: 9,
    десять: 10, десяти: 10,
  },
  vagueNumbers: ['несколько', 'нескольких'],
  units: {
    day: ['день', 'дня', 'дней', 'сутки', 'суток'],
    week: ['неделя', 'недели', 'недель', 'неделю', 'неделе'],
    month: ['месяц', 'месяца', 'месяцев', 'месяце'],
    year: ['год', 'года', 'лет', 'году'],
  },
  countedUnits: [],
  periodWords: [],
  ago: { before: [], after: ['назад', 'тому назад'] },
  fromNow: { before: ['через'], after: [] },
  anchorLinks: [],
  anchored: { before: ['спустя'], after: ['спустя', 'позже', 'позднее', 'раньше', 'ранее'] },
  last: {
    before: ['прошлый', 'прошлая', 'прошлую', 'прошлое', 'прошлой', 'прошлом', 'на прошлой', 'в прошлом', 'в прошлый', 'в прошлую', 'в прошлое',
      'минувший', 'минувшую', 'минувшее', 'минувшей', 'минувшем', 'на минувшей', 'в минувшем', 'в минувший', 'в минувшую', 'в минувшее'],
    after: [],
  },
  next: {
    before: ['следующий', 'следующую', 'следующее', 'следующей', 'следующем', 'на следующей', 'в следующем', 'в следующий', 'в следующую', 'в следующее',
      'будущей', 'будущем', 'на будущей', 'в будущем', 'в ближайший', 'в ближайшую', 'в ближайшее'],
    after: [],
  },
  current: { before: ['этот', 'эту', 'этой', 'этом', 'на этой', 'в этом', 'текущей', 'текущем', 'на текущей', 'в текущем', 'в начале этого', 'ранее в этом'], after: [] },
  // Accusative, as in «в субботу»; «во вторник» is the same as the nominative.
  weekdayForms: [['воскресенье'], ['понедельник'], ['вторник'], ['среду'], ['четверг'], ['пятницу'], ['субботу']],
  weekdayCues: { before: ['в', 'во'], after: [] },
  // «среда» is also "environment", «суббота» a name of the day in a heading: a day needs «в», «во» or a marker.
  bareWeekdays: false,
  // A word before the year («в 1988 году») widens the span; the mark after it is what makes the number a year.
  yearCues: { before: ['в', 'во', 'с', 'со', 'до', 'после', 'к'], after: ['году', 'года', 'г', 'г.'] },
  rangeOpeners: ['с', 'со', 'между', 'в'],
  rangeJoiners: ['по', 'до'],
  pairJoiners: ['и'],
  rangeClosers: ['годы', 'годах', 'годов', 'годами', 'гг', 'гг.'],
  clockWords: [
    { text: 'полдень', hour: 12, minute: 0 },
    { text: 'полудня', hour: 12, minute: 0 },
    { text: 'полночь', hour: 0, minute: 0 },
    { text: 'полуночи', hour: 0, minute: 0 },
  ],
  futureCues: { before: ['будет', 'будут', 'состоится', 'состоятся', 'планирует', 'планируют', 'намерен', 'намерены'], after: ['состоится', 'состоятся'] },
};
