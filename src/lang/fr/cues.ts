import type { CueVocabulary } from '../types.js';

/** French cues for credits, agencies, datelines, related-article lists, captions, opinion and attribution. */
export const cues: CueVocabulary = {
  credit: ['Photo :', 'Crédit photo :', 'Source :', 'Avec AFP', 'Illustration :'],
  agencies: ['AFP', 'Agence France-Presse', 'Reuters', 'AP', 'Belga', 'ATS', 'Xinhua', 'TASS', 'Anadolu'],
  dateline: ['(AFP) -', '—', '-'],
  opinion: ['Tribune', 'Éditorial', 'Chronique', 'Analyse', 'Point de vue', 'Opinion'],
  relatedHeaders: [
    'Lire aussi', 'À lire aussi', 'Lire également', 'À lire également', 'Voir aussi', 'À voir aussi',
    'Sur le même sujet', 'Sur le même thème', 'Articles liés', 'Articles associés', 'Dans la même rubrique',
    'Pour aller plus loin',
  ],
  // "-30-" closes Quebec press releases.
  endMarkers: ['FIN', '(fin)', '-fin-', '-30-'],
  captions: [
    'Photo :', 'Photo:', 'Photos :', '(Photo', 'Crédit photo', 'Crédits photo', "Photo d'archives",
    "Image d'archives", "Photo d'illustration", 'Illustration :', '(Illustration)', 'Légende :',
  ],
  // "sans doute" is left out: it means "probably" in French.
  hedges: [
    'ce qui laisse penser que', 'ce qui suggère que', 'pour une raison ou une autre', 'pour une raison quelconque',
    'manifestement', 'visiblement', 'de toute évidence', 'il est évident que', 'il est clair que',
    'sans aucun doute', 'incontestablement', 'indéniablement', 'il semble que', 'apparemment', 'bien entendu',
  ],
  // "a-t-il" and "a-t-elle" catch inverted reporting clauses ("a-t-il déclaré").
  attribution: [
    'selon', "d'après", 'a déclaré', 'a dit', 'a affirmé', 'a indiqué', 'a annoncé', 'a ajouté', 'a souligné',
    'a précisé', 'a expliqué', 'a estimé', 'a assuré', 'a-t-il', 'a-t-elle',
  ],
  bylines: ['Par', 'Propos recueillis par', 'Auteur :'],
};
