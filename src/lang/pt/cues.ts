import type { CueVocabulary } from '../types.js';

/** Portuguese cues for credits, agencies, datelines, related-article lists, captions, opinion and attribution. */
export const cues: CueVocabulary = {
  credit: ['Foto:', 'Fonte:', 'Imagem:'],
  agencies: ['Lusa', 'Agência Brasil', 'AFP', 'Reuters', 'AP', 'EFE', 'Estadão Conteúdo'],
  dateline: ['(Lusa) -', '—', '-'],
  opinion: ['Opinião', 'Editorial', 'Análise', 'Coluna', 'Artigo de opinião'],
  relatedHeaders: [
    'Leia também', 'Leia mais', 'Ler mais', 'Veja também', 'Veja mais', 'Saiba mais', 'Notícias relacionadas',
    'Relacionadas', 'Artigos relacionados', 'Conteúdo relacionado', 'Mais sobre o assunto', 'Você pode gostar',
    'Pode lhe interessar', 'Pode interessar-lhe',
  ],
  endMarkers: ['FIM', '(fim)', '-fim-', '###'],
  captions: [
    'Foto:', 'Fotos:', '(Foto', 'Fotografia:', 'Imagem:', 'Foto de arquivo', 'Imagem de arquivo',
    'Foto ilustrativa', 'Imagem ilustrativa', 'Crédito:', 'Créditos:', 'Legenda:',
  ],
  hedges: [
    'o que sugere que', 'por algum motivo', 'por alguma razão', 'evidentemente', 'obviamente', 'claramente',
    'é evidente que', 'está claro que', 'é claro que', 'não há dúvida de que', 'sem dúvida', 'indubitavelmente',
    'ao que parece', 'parece que',
  ],
  attribution: [
    'disse', 'diz', 'afirmou', 'afirma', 'segundo', 'declarou', 'informou', 'explicou', 'acrescentou',
    'destacou', 'ressaltou', 'salientou', 'referiu', 'anunciou', 'de acordo com',
  ],
  bylines: ['Por', 'Autor:', 'Da redação'],
};
