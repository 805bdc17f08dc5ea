import type { CueVocabulary } from '../types.js';

/** Italian cues for credits, agencies, datelines, related-article lists, captions, opinion and attribution. */
export const cues: CueVocabulary = {
  credit: ['Foto:', 'Fonte:'],
  agencies: ['ANSA', 'Adnkronos', 'AGI', 'LaPresse', 'AFP', 'Reuters', 'AP'],
  dateline: ['(ANSA) -', '—', '-'],
  opinion: ['Opinione', 'Editoriale', 'Commento', 'Analisi', 'Il punto di vista'],
  relatedHeaders: [
    'Leggi anche', 'Leggi di più', 'Vedi anche', 'Potrebbe interessarti', 'Ti potrebbe interessare',
    'Articoli correlati', 'Notizie correlate', 'Correlati', 'Sullo stesso argomento', 'Approfondisci',
    'Approfondimenti', 'Per approfondire',
  ],
  endMarkers: ['FINE', '(fine)', '-fine-', '###'],
  // "Foto di" is left out: "una foto di …" is ordinary prose.
  captions: [
    'Foto:', 'Fotografia:', '(Foto', "Foto d'archivio", "Immagine d'archivio", 'Foto di repertorio',
    'Immagine di repertorio', 'Foto generica', 'Immagine generica', 'Crediti foto', 'Credit foto', 'Immagine:',
  ],
  hedges: [
    'il che suggerisce che', 'per qualche motivo', 'per qualche ragione', 'evidentemente', 'ovviamente',
    'chiaramente', 'è evidente che', 'è chiaro che', "non c'è dubbio che", 'senza dubbio', 'indubbiamente',
    'sembra che', 'a quanto pare', 'certamente', 'il che dimostra che',
  ],
  attribution: [
    'ha detto', 'ha dichiarato', 'secondo', 'ha affermato', 'ha spiegato', 'ha aggiunto', 'ha sottolineato',
    'ha annunciato', 'ha riferito', 'ha precisato', 'ha ribadito', 'ha osservato', 'ha fatto sapere', 'dice',
    'riferisce',
  ],
  bylines: ['Di', 'di', 'Autore:'],
};
