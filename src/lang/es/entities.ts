import type { EntityCues } from '../types.js';

/** Spanish words around names of people, places and organisations, as EFE and the Spanish and Latin American press write them. */
export const entities: EntityCues = {
  // "canciller" is the foreign minister in Latin America and the German chancellor everywhere.
  personTitles: [
    'presidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'expresidente', 'presidente del Gobierno',
    'jefe del Gobierno', 'primer ministro', 'primera ministra', 'canciller', 'vicecanciller',
    'ministro de Asuntos Exteriores', 'ministro de Exteriores', 'ministro de Relaciones Exteriores',
    'viceministro de Asuntos Exteriores', 'viceministro de Relaciones Exteriores', 'jefe de la diplomacia',
    'ministro de Defensa', 'ministra de Defensa', 'ministro del Interior', 'ministro de Economía',
    'ministro de Hacienda', 'ministra de Hacienda', 'ministro', 'ministra', 'secretario de Estado',
    'secretario general', 'secretaria general', 'director general', 'directora general', 'consejero delegado',
    'portavoz', 'vocero', 'vocera', 'embajador', 'embajadora', 'enviado especial', 'rey', 'reina', 'príncipe',
    'princesa', 'príncipe heredero', 'emir', 'jeque', 'sultán', 'ayatolá', 'líder supremo', 'papa',
    'patriarca', 'cardenal', 'arzobispo', 'obispo', 'imán', 'senador', 'senadora', 'diputado', 'diputada',
    'congresista', 'gobernador', 'gobernadora', 'alcalde', 'alcaldesa', 'juez', 'jueza', 'fiscal',
    'fiscal general', 'general', 'coronel', 'almirante', 'comandante', 'doctor', 'Dr.', 'don', 'doña',
  ],
  organizationWords: [
    'Ministerio', 'Organización', 'Agencia', 'Consejo', 'Comité', 'Comisión', 'Oficina', 'Servicio',
    'Departamento', 'Dirección', 'Secretaría', 'Autoridad', 'Grupo', 'Banco', 'Fondo', 'Universidad',
    'Instituto', 'Academia', 'Centro', 'Partido', 'Movimiento', 'Frente', 'Alianza', 'Coalición', 'Ejército',
    'Fuerzas', 'Guardia', 'Cuerpo', 'Policía', 'Unión', 'Federación', 'Confederación', 'Sindicato',
    'Asociación', 'Fundación', 'Tribunal', 'Corte', 'Parlamento', 'Congreso', 'Senado', 'Asamblea', 'Cámara',
    'Compañía', 'Empresa', 'Corporación', 'S.A.', 'S.L.',
    // Schools, clubs, media, churches and companies, found missing on WikiANN dev and in sports, music and transport news.
    'Club', 'Equipo', 'Liga', 'Escuela', 'Colegio', 'Museo', 'Iglesia', 'Catedral', 'Orquesta', 'Diario',
    'Periódico', 'Gobierno',
  ],
  placeWords: [
    'ciudad', 'pueblo', 'aldea', 'localidad', 'municipio', 'capital', 'región', 'provincia', 'distrito',
    'comarca', 'condado', 'gobernación', 'estado de', 'república', 'reino', 'frontera', 'isla', 'puerto',
    'barrio',
  ],
  // "y" is left out: it joins two names far more often than it stands inside one.
  nameParticles: [
    'de', 'del', 'de la', 'de los', 'de las', 'da', 'dos', 'van', 'von', 'der', 'al', 'al-', 'bin', 'ibn',
  ],
  givenNames: [],
  // "El" and "La" also open names ("El Salvador", "La Paz"); at the start of a sentence they are far more often articles.
  commonWordGivenNames: [],
  unnamedSpeakers: [],
  purposeOrganizationWords: [],
  capitalizedNonNames: [
    'El', 'La', 'Los', 'Las', 'Lo', 'Un', 'Una', 'Unos', 'Unas', 'Y', 'E', 'O', 'Pero', 'Aunque', 'Sin',
    'Con', 'En', 'De', 'Del', 'Al', 'A', 'Por', 'Para', 'Según', 'Tras', 'Desde', 'Durante', 'Ante', 'Entre',
    'Hacia', 'Hasta', 'Sobre', 'Bajo', 'Contra', 'Este', 'Esta', 'Estos', 'Estas', 'Ese', 'Esa', 'Eso',
    'Esto', 'Ella', 'Ellos', 'Ellas', 'Nosotros', 'Su', 'Sus', 'Se', 'Que', 'Quien', 'Cuando', 'Como',
    'Donde', 'Si', 'No', 'También', 'Además', 'Ahora', 'Hoy', 'Ayer', 'Mañana', 'Así', 'Mientras', 'Todos',
    'Muchos', 'Varios', 'Presidente', 'Ministro', 'Gobierno', 'Foto', 'Vídeo',
  ],
  cliticPrefixes: [],
  cliticSuffixes: [],
  placePrepositions: ['en', 'cerca'],
  determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'del', 'al'],
  nameConnectors: [],
  numberedNameWords: [],
  regnalOrdinals: [],
  compassWords: [],
  titleQualifiers: [],
  otherNameWords: [
    'Tratado', 'Acuerdo', 'Convención', 'Protocolo', 'Declaración', 'Revolución', 'Guerra', 'Copa', 'Premio',
  ],
  aliasMarkers: ['alias', 'conocido como', 'también conocido como', 'también llamado'],
  demonymVariants: { AZ: ['azerí'], KZ: ['kazajo'], UZ: ['uzbeko'], TJ: ['tayiko'], KG: ['kirguís', 'kirguisa', 'kirguises'], PK: ['pakistaní', 'paquistaní'], CD: ['congoleño'], DO: ['dominicano'], NP: ['nepalí'], BA: ['bosnio'], MG: ['malgache'], CI: ['marfileño'], PR: ['puertorriqueño'] },
};
