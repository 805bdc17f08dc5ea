import type { EntityCues } from '../types.js';

/** Portuguese words around names of people, places and organisations, as the Brazilian and Portuguese press write them. */
export const entities: EntityCues = {
  // Brazil: "chanceler", "ministro das Relações Exteriores", "prefeito"; Portugal: "ministro dos Negócios Estrangeiros", "presidente da Câmara".
  personTitles: [
    'presidente', 'presidenta', 'vice-presidente', 'ex-presidente', 'primeiro-ministro', 'primeira-ministra',
    'chanceler', 'vice-chanceler', 'ministro das Relações Exteriores', 'ministro dos Negócios Estrangeiros',
    'vice-ministro das Relações Exteriores', 'ministro da Defesa', 'ministra da Defesa', 'ministro da Fazenda',
    'ministro das Finanças', 'ministro da Justiça', 'ministro', 'ministra', 'secretário de Estado',
    'secretário-geral', 'diretor-geral', 'porta-voz', 'embaixador', 'embaixadora', 'enviado especial', 'rei',
    'rainha', 'príncipe', 'princesa', 'príncipe herdeiro', 'emir', 'xeque', 'sultão', 'aiatolá',
    'líder supremo', 'papa', 'patriarca', 'cardeal', 'arcebispo', 'bispo', 'padre', 'dom', 'senador',
    'senadora', 'deputado', 'deputada', 'governador', 'governadora', 'prefeito', 'prefeita',
    'presidente da Câmara', 'juiz', 'juíza', 'procurador-geral', 'general', 'coronel', 'almirante',
    'comandante', 'professor', 'doutor', 'Dr.',
  ],
  organizationWords: [
    'Ministério', 'Organização', 'Agência', 'Conselho', 'Comitê', 'Comissão', 'Gabinete', 'Serviço',
    'Departamento', 'Secretaria', 'Autoridade', 'Grupo', 'Banco', 'Fundo', 'Universidade', 'Instituto',
    'Academia', 'Centro', 'Partido', 'Movimento', 'Frente', 'Aliança', 'Coligação', 'Coalizão', 'Exército',
    'Forças', 'Guarda', 'Polícia', 'União', 'Federação', 'Confederação', 'Sindicato', 'Associação', 'Fundação',
    'Tribunal', 'Corte', 'Parlamento', 'Congresso', 'Senado', 'Assembleia', 'Câmara', 'Companhia', 'Empresa',
    'Corporação', 'S.A.', 'Ltda',
  ],
  placeWords: [
    'cidade', 'vila', 'aldeia', 'povoado', 'localidade', 'município', 'concelho', 'freguesia', 'capital',
    'região', 'província', 'distrito', 'estado', 'república', 'reino', 'fronteira', 'ilha', 'porto', 'bairro',
  ],
  // "e" is left out: it joins two names far more often than it stands inside one.
  nameParticles: ['de', 'da', 'do', 'das', 'dos', 'del', 'van', 'von', 'der', 'al', 'al-', 'bin', 'ibn'],
  givenNames: [],
  commonWordGivenNames: [],
  unnamedSpeakers: [],
  purposeOrganizationWords: [],
  capitalizedNonNames: [
    'O', 'A', 'Os', 'As', 'Um', 'Uma', 'Uns', 'Umas', 'E', 'Mas', 'Ou', 'Porém', 'Contudo', 'No', 'Na', 'Nos',
    'Nas', 'Em', 'De', 'Do', 'Da', 'Dos', 'Das', 'Ao', 'Com', 'Por', 'Pelo', 'Pela', 'Para', 'Segundo',
    'Após', 'Depois', 'Antes', 'Durante', 'Desde', 'Entre', 'Contra', 'Sobre', 'Sem', 'Ele', 'Ela', 'Eles',
    'Elas', 'Você', 'Seu', 'Sua', 'Este', 'Esta', 'Esse', 'Essa', 'Isso', 'Isto', 'Que', 'Quem',
    'Quando', 'Como', 'Onde', 'Se', 'Não', 'Também', 'Além', 'Ainda', 'Já', 'Agora', 'Hoje', 'Ontem', 'Amanhã',
    'Assim', 'Todos', 'Muitos', 'Vários', 'Presidente', 'Ministro', 'Governo', 'Foto', 'Vídeo',
  ],
  cliticPrefixes: [],
  cliticSuffixes: [],
  placePrepositions: ['em', 'no', 'na', 'perto'],
  determiners: ['o', 'a', 'os', 'as', 'um', 'uma', 'do', 'da'],
  nameConnectors: [],
  numberedNameWords: [],
  regnalOrdinals: [],
  compassWords: [],
  titleQualifiers: [],
  otherNameWords: [],
  aliasMarkers: [],
  demonymVariants: { AZ: ['azeri', 'azeris'], KZ: ['cazaque', 'cazaques'], UZ: ['uzbeque', 'uzbeques'], TJ: ['tajique', 'tajiques'], KG: ['quirguiz', 'quirguizes'] },
};
