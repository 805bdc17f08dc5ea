import type { CueVocabulary } from '../types.js';

/** Spanish cues for credits, agencies, datelines, related-article lists, captions, opinion and attribution. */
export const cues: CueVocabulary = {
  credit: ['Foto:', 'Fuente:', 'Imagen:'],
  agencies: ['EFE', 'Europa Press', 'AFP', 'Reuters', 'AP', 'Xinhua', 'Sputnik', 'ANSA'],
  dateline: ['(EFE).-', '(EFE)', '—', '-'],
  opinion: ['Opinión', 'Editorial', 'Análisis', 'Columna', 'Tribuna'],
  relatedHeaders: [
    'Lee también', 'Lea también', 'Leer más', 'Ver también', 'Te puede interesar', 'Le puede interesar',
    'Te podría interesar', 'Puede interesarte', 'Te recomendamos', 'Noticias relacionadas', 'Artículos relacionados',
    'Contenido relacionado', 'Relacionado', 'Relacionados', 'Más información',
  ],
  endMarkers: ['FIN', '(fin)', '-fin-', '--fin--'],
  captions: [
    'Foto:', 'Fotos:', '(Foto', 'Fotografía:', 'Imagen:', 'Foto de archivo', 'Imagen de archivo',
    'Foto ilustrativa', 'Imagen ilustrativa', 'Foto referencial', 'Imagen referencial', 'Foto cortesía',
    'Crédito foto',
  ],
  hedges: [
    'lo que sugiere que', 'por alguna razón', 'evidentemente', 'obviamente', 'claramente', 'es evidente que',
    'está claro que', 'no cabe duda de que', 'sin duda', 'sin lugar a dudas', 'indudablemente', 'al parecer',
    'parece que', 'por lo visto',
  ],
  attribution: [
    'dijo', 'afirmó', 'según', 'declaró', 'señaló', 'aseguró', 'indicó', 'explicó', 'añadió', 'agregó',
    'anunció', 'informó', 'destacó', 'subrayó', 'de acuerdo con',
  ],
  bylines: ['Por', 'Autor:', 'Redacción:'],
};
