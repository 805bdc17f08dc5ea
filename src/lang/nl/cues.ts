import type { CueVocabulary } from '../types.js';

/** Dutch cues for credits, agencies, datelines, related-article lists, captions, opinion and attribution. */
export const cues: CueVocabulary = {
  credit: ['Foto:', 'Bron:', 'Beeld:'],
  agencies: ['ANP', 'Belga', 'AFP', 'Reuters', 'AP', 'dpa'],
  dateline: ['(ANP) -', '-'],
  opinion: ['Opinie', 'Column', 'Commentaar', 'Analyse', 'Hoofdredactioneel commentaar'],
  relatedHeaders: [
    'Lees ook', 'Lees meer', 'Lees verder', 'Zie ook', 'Bekijk ook', 'Ook interessant', 'Meer over dit onderwerp',
    'Gerelateerde artikelen', 'Gerelateerd', 'Meer nieuws', 'Aanbevolen',
  ],
  endMarkers: ['EINDE', '(einde)', '-einde-', '###'],
  captions: [
    'Foto:', "Foto's:", 'Beeld:', '(Foto', 'Archieffoto', 'Archiefbeeld', 'Illustratiefoto', 'Ter illustratie',
    'Fotograaf:', '© Foto',
  ],
  // Bare "duidelijk" is left out: it is common in reports and sits inside "het is duidelijk dat".
  hedges: [
    'wat erop wijst dat', 'wat suggereert dat', 'om de een of andere reden', 'overduidelijk',
    'het is duidelijk dat', 'uiteraard', 'vanzelfsprekend', 'ongetwijfeld', 'zonder twijfel',
    'er is geen twijfel dat', 'het lijkt erop dat', 'kennelijk', 'blijkbaar', 'klaarblijkelijk',
  ],
  attribution: [
    'zei', 'zegt', 'volgens', 'verklaarde', 'meldde', 'meldt', 'liet weten', 'laat weten', 'maakte bekend',
    'stelde', 'benadrukte', 'voegde eraan toe', 'aldus', 'vertelde', 'schrijft',
  ],
  bylines: ['Door', 'Auteur:'],
};
