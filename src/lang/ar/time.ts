import type { TimeVocabulary } from '../types.js';

/**
 * Arabic words for relative days and periods, ranges and years, in the forms news agencies write
 * (with and without hamza and tanween: matching folds them). Counted units after a number come in the
 * plural (ثلاثة أيام) or, from eleven on, the singular (١٥ يوما); the dual carries its own count (يومين).
 */
export const time: TimeVocabulary = {
  relativeCalendar: 'gregory',
  // Egypt, the Levant, Iraq and most Gulf states start the week on Saturday.
  weekStartsOn: 6,
  dayOffsets: [
    { text: 'أمس الأول', offset: -2 },
    { text: 'أول أمس', offset: -2 },
    { text: 'أول من أمس', offset: -2 },
    { text: 'بعد غد', offset: 2 },
    { text: 'بالأمس', offset: -1 },
    { text: 'مساء أمس', offset: -1 },
    { text: 'صباح اليوم', offset: 0 },
    { text: 'مساء اليوم', offset: 0 },
  ],
  // "اليوم" alone is today, but also "the day" of a named occasion.
  notRelative: ['اليوم التالي', 'اليوم الأول', 'اليوم الثاني', 'اليوم الوطني', 'اليوم العالمي', 'نفس اليوم', 'ذلك اليوم', 'هذا اليوم'],
  numbers: {
    واحد: 1, واحدة: 1,
    اثنين: 2, اثنان: 2, اثنتين: 2,
    ثلاثة: 3, ثلاث: 3,
    أربعة: 4, أربع: 4,
    خمسة: 5, خمس: 5,
    ستة: 6, ست: 6,
    سبعة: 7, سبع: 7,
    ثمانية: 8, ثماني: 8,
    تسعة: 9, تسع: 9,
    عشرة: 10, عشر: 10,
  },
  vagueNumbers: ['بضعة', 'بضع', 'عدة'],
  units: {
    day: ['يوم', 'يوما', 'أيام'],
    week: ['أسبوع', 'أسبوعا', 'أسابيع', 'الأسبوع'],
    month: ['شهر', 'شهرا', 'أشهر', 'شهور', 'الشهر'],
    year: ['عام', 'عاما', 'أعوام', 'سنة', 'سنوات', 'العام', 'السنة'],
  },
  countedUnits: [
    { text: 'يومين', unit: 'day', count: 2 },
    { text: 'يومان', unit: 'day', count: 2 },
    { text: 'أسبوعين', unit: 'week', count: 2 },
    { text: 'شهرين', unit: 'month', count: 2 },
    { text: 'عامين', unit: 'year', count: 2 },
    { text: 'سنتين', unit: 'year', count: 2 },
  ],
  periodWords: [],
  ago: { before: ['قبل', 'منذ'], after: [] },
  fromNow: { before: ['بعد', 'خلال'], after: [] },
  // "قبل أسبوع من الانتخابات": a week before the elections, not before publication; "عاما من القتال" is no link.
  anchorLinks: ['من'],
  anchored: { before: [], after: [] },
  last: { before: [], after: ['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة'] },
  next: { before: [], after: ['المقبل', 'المقبلة', 'القادم', 'القادمة'] },
  current: { before: ['هذا', 'هذه', 'مطلع هذا', 'في وقت سابق من هذا', 'في وقت سابق هذا'], after: ['الجاري', 'الجارية', 'الحالي', 'الحالية'] },
  weekdayForms: [[], [], [], [], [], [], []],
  weekdayCues: { before: ['يوم'], after: [] },
  bareWeekdays: true,
  yearCues: { before: ['عام', 'العام', 'سنة', 'في عام', 'منذ عام', 'منذ'], after: [] },
  rangeOpeners: ['بين', 'بين عامي', 'من', 'من عام'],
  rangeJoiners: ['إلى', 'الى', 'حتى', 'وحتى', 'لغاية'],
  pairJoiners: ['و'],
  rangeClosers: [],
  clockWords: [
    { text: 'ظهر', hour: 12, minute: 0 },
    { text: 'منتصف ليل', hour: 0, minute: 0 },
    { text: 'منتصف الليل', hour: 0, minute: 0 },
  ],
  futureCues: { before: ['سوف', 'من المقرر', 'من المنتظر', 'من المتوقع'], after: [] },
};
