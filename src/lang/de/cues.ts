import type { CueVocabulary } from '../types.js';

/** German cues for credits, agencies, datelines, related-article lists, captions, opinion and attribution. */
export const cues: CueVocabulary = {
  credit: ['Foto:', 'Bild:', 'Quelle:', 'Mit Material von'],
  agencies: ['dpa', 'AFP', 'Reuters', 'AP', 'KNA', 'epd', 'APA', 'SDA'],
  dateline: ['(dpa) -', '–', '-'],
  opinion: ['Kommentar', 'Meinung', 'Analyse', 'Gastbeitrag', 'Leitartikel'],
  relatedHeaders: [
    'Lesen Sie auch', 'Lesen Sie mehr', 'Mehr zum Thema', 'Passend zum Thema', 'Auch interessant',
    'Ebenfalls interessant', 'Das könnte Sie auch interessieren', 'Das könnte Sie interessieren', 'Weiterlesen',
    'Weitere Artikel', 'Verwandte Artikel', 'Siehe auch',
  ],
  endMarkers: ['ENDE', '(Ende)', '-Ende-', '###'],
  captions: [
    'Foto:', 'Fotos:', 'Bild:', 'Bilder:', 'Archivbild', 'Archivfoto', 'Symbolbild', 'Symbolfoto', 'Bildquelle:',
    'Bildunterschrift:', 'Bildnachweis:', '© Foto',
  ],
  // "offenbar" is left out: agency copy uses it to report, not to judge.
  hedges: [
    'offensichtlich', 'zweifellos', 'zweifelsohne', 'ohne Zweifel', 'unbestreitbar', 'eindeutig',
    'es ist klar, dass', 'es liegt auf der Hand', 'es scheint, dass', 'anscheinend', 'aus irgendeinem Grund',
    'aus welchen Gründen auch immer', 'was darauf hindeutet, dass', 'was nahelegt, dass',
  ],
  // Separable verbs are split in text ("teilte am Montag mit"), so their finite part is listed.
  attribution: [
    'sagte', 'sagt', 'erklärte', 'teilte', 'mitgeteilt', 'laut', 'zufolge', 'betonte', 'berichtete', 'hieß es',
    'nach Angaben', 'kündigte', 'fügte hinzu', 'unterstrich', 'meldete',
  ],
  bylines: ['Von', 'Autor:', 'Ein Bericht von'],
};
