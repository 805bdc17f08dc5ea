import type { EntityCues } from '../types.js';

/** Italian words around names of people, places and organisations, as ANSA and the Italian press write them. */
export const entities: EntityCues = {
  personTitles: [
    'presidente', 'presidente della Repubblica', 'presidente del Consiglio', 'vicepresidente', 'premier',
    'primo ministro', 'vicepremier', 'ministro degli Esteri', 'ministro degli Affari esteri',
    'viceministro degli Esteri', 'titolare della Farnesina', 'capo della diplomazia', 'ministro della Difesa',
    "ministro dell'Interno", "ministro dell'Economia", 'ministro della Giustizia', 'ministro', 'ministra',
    'sottosegretario', 'segretario di Stato', 'segretario generale', 'segretario', 'leader', 'portavoce',
    'ambasciatore', 'ambasciatrice', 'inviato speciale', 'cancelliere', 're', 'regina', 'principe',
    'principe ereditario', 'emiro', 'sceicco', 'sultano', 'ayatollah', 'Guida suprema', 'papa', 'patriarca',
    'cardinale', 'arcivescovo', 'monsignor', 'don', 'imam', 'senatore', 'senatrice', 'deputato', 'deputata',
    'onorevole', 'governatore', 'sindaco', 'prefetto', 'giudice', 'procuratore', 'generale', 'colonnello',
    'ammiraglio', 'comandante', 'capo di Stato maggiore', 'amministratore delegato', 'professor', 'prof.',
    'dottor', 'dott.', 'avvocato', 'avv.', 'ing.',
  ],
  organizationWords: [
    'ministero', 'Organizzazione', 'Agenzia', 'Consiglio', 'Comitato', 'Commissione', 'Ufficio', 'Servizio',
    'Dipartimento', 'Autorità', 'Procura', 'Gruppo', 'Banca', 'Fondo', 'Università', 'Istituto', 'Accademia',
    'Centro', 'Partito', 'Movimento', 'Fronte', 'Alleanza', 'Coalizione', 'Esercito', 'Forze', 'Guardia',
    'Corpo', 'Brigate', 'Polizia', 'Unione', 'Federazione', 'Confederazione', 'Sindacato', 'Associazione',
    'Fondazione', 'Corte', 'Tribunale', 'Parlamento', 'Camera', 'Senato', 'Assemblea', 'Società', 'Compagnia',
    'Azienda', 'S.p.A.', 'Spa', 'S.r.l.',
  ],
  placeWords: [
    'città', 'paese', 'villaggio', 'comune', 'frazione', 'località', 'capitale', 'regione', 'provincia',
    'distretto', 'governatorato', 'oblast', 'stato', 'repubblica', 'regno', 'confine', 'isola', 'porto',
    'quartiere',
  ],
  nameParticles: [
    'di', 'de', 'da', 'del', 'della', 'dei', 'degli', 'dal', 'van', 'von', 'der', 'al', 'al-', 'bin', 'ibn',
  ],
  givenNames: [],
  // "Di", "Del" and "Della" are left out: sentences open with "Di Maio", "Del Rio", "Della Vedova".
  commonWordGivenNames: [],
  unnamedSpeakers: [],
  purposeOrganizationWords: [],
  capitalizedNonNames: [
    'Il', 'Lo', 'La', 'I', 'Gli', 'Le', 'Un', 'Uno', 'Una', 'E', 'Ed', 'O', 'Ma', 'Però', 'Anche', 'In', 'Nel',
    'Nella', 'Nei', 'Con', 'Per', 'Su', 'Sul', 'Sulla', 'Da', 'Dal', 'Dalla', 'Tra', 'Fra', 'Secondo', 'Dopo',
    'Prima', 'Durante', 'Contro', 'Verso', 'Senza', 'Lui', 'Lei', 'Loro', 'Noi', 'Questo', 'Questa', 'Questi',
    'Queste', 'Quello', 'Quella', 'Che', 'Chi', 'Come', 'Quando', 'Dove', 'Perché', 'Se', 'Non', 'Così',
    'Oggi', 'Ieri', 'Domani', 'Ora', 'Già', 'Intanto', 'Inoltre', 'Tuttavia', 'Infatti', 'Tutti', 'Molti',
    'Alcuni', 'Presidente', 'Ministro', 'Governo', 'Foto', 'Video',
  ],
  // Elided articles and articulated prepositions written onto the name ("l'Iran", "dell'Ucraina").
  cliticPrefixes: ["dell'", "dall'", "nell'", "sull'", "all'", "l'", "d'"],
  cliticSuffixes: [],
  placePrepositions: ['a', 'in', 'presso'],
  determiners: ['il', 'lo', 'la', 'gli', 'le', 'un', 'una', 'del', 'della'],
  nameConnectors: [],
  numberedNameWords: [],
  regnalOrdinals: [],
  compassWords: [],
  titleQualifiers: [],
  otherNameWords: [],
  aliasMarkers: [],
  demonymVariants: { AZ: ['azero'], KZ: ['kazako'], UZ: ['uzbeko'], TJ: ['tagiko'] },
};
