import type { CueVocabulary } from '../types.js';

/** Polish cues for credits, agencies, datelines, related-article lists, captions, opinion and attribution. */
export const cues: CueVocabulary = {
  credit: ['Fot.', 'Źródło:', 'Autor:'],
  agencies: ['PAP', 'Polska Agencja Prasowa', 'AFP', 'Reuters', 'AP', 'IAR'],
  dateline: ['(PAP) -', '—', '-'],
  opinion: ['Opinia', 'Komentarz', 'Felieton', 'Analiza', 'Publicystyka'],
  relatedHeaders: [
    'Czytaj także', 'Czytaj też', 'Czytaj również', 'Czytaj więcej', 'Przeczytaj także', 'Przeczytaj też',
    'Zobacz także', 'Zobacz też', 'Zobacz również', 'Polecamy', 'Powiązane artykuły', 'Podobne artykuły',
    'Więcej na ten temat', 'Może cię zainteresować',
  ],
  endMarkers: ['KONIEC', '(koniec)', '-koniec-', '###'],
  captions: [
    'Fot.', 'Fot:', 'Foto:', 'Zdj.', 'Zdjęcie:', 'Zdjęcia:', 'Fotografia:', 'Zdjęcie ilustracyjne',
    'Zdjęcie archiwalne', 'Autor zdjęcia', 'Źródło zdjęcia', 'Ilustracja:',
  ],
  hedges: [
    'co sugeruje, że', 'z jakiegoś powodu', 'oczywiście', 'najwyraźniej', 'ewidentnie', 'bez wątpienia',
    'niewątpliwie', 'nie ulega wątpliwości', 'jest oczywiste, że', 'oczywiste jest, że', 'jest jasne, że',
    'wydaje się, że', 'zapewne', 'co świadczy o tym, że',
  ],
  attribution: [
    'powiedział', 'powiedziała', 'według', 'poinformował', 'poinformowała', 'oświadczył', 'stwierdził', 'dodał',
    'podkreślił', 'zaznaczył', 'przekazał', 'podaje', 'cytowany przez', 'zdaniem', 'jak podaje',
  ],
  bylines: ['Autor:', 'Autorka:'],
};
