import type { CueVocabulary } from '../types.js';

/** Azerbaijani cues for credits, agencies, datelines, related-article lists, captions, opinion and attribution. */
export const cues: CueVocabulary = {
  credit: ['Foto:', 'Mənbə:', 'Müəllif:'],
  agencies: ['APA', 'Trend', 'AZƏRTAC', 'Report', 'Turan', 'Reuters', 'AFP', 'IRNA'],
  dateline: ['–', '-'],
  opinion: ['Rəy', 'Şərh', 'Təhlil'],
  relatedHeaders: [
    'Oxşar xəbərlər', 'Digər xəbərlər', 'Əlaqəli xəbərlər', 'Mövzu ilə bağlı', 'Mövzuya aid', 'Həmçinin oxuyun',
    'Bu xəbəri də oxuyun', 'Bunları da oxuyun', 'Daha çox oxu', 'Ətraflı', 'Sizi maraqlandıra bilər',
  ],
  endMarkers: ['SON', '(son)', '-son-', '###'],
  captions: [
    'Foto:', 'Fotolar:', 'Fotoşəkil:', 'Şəkil:', 'Arxiv fotosu', 'Arxiv foto', '(Arxiv)', 'Foto illüstrativdir',
    'İllüstrativ foto', 'Fotoşəkil illüstrativdir',
  ],
  hedges: [
    'aydındır ki', 'açıq-aydın', 'şübhəsiz', 'şübhə yoxdur ki', 'nədənsə', 'görünür', 'yəqin ki', 'əlbəttə',
    'təbii ki', 'sözsüz ki', 'bu onu göstərir ki', 'aşkar şəkildə',
  ],
  // News copy reports in the -ib past ("bildirib", "qeyd edib").
  attribution: [
    'dedi', 'deyib', 'bildirib', 'bildirdi', 'qeyd edib', 'qeyd etdi', 'vurğulayıb', 'əlavə edib', 'bəyan edib',
    'açıqlayıb', 'söyləyib', 'diqqətə çatdırıb', 'məlumat verib', 'xəbər verir', 'görə',
  ],
  bylines: ['Müəllif:', 'Müxbir:'],
};
