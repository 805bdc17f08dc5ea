import type { EntityCues } from '../types.js';

/** Azerbaijani words around names of people, places and organisations, as APA, Trend and Report write them. */
export const entities: EntityCues = {
  // Offices stand after their owner in the possessive ("Azərbaycan Prezidenti İlham Əliyev"). "xanım" and "bəy" follow the name and are left out.
  personTitles: [
    'Prezident', 'Prezidenti', 'Birinci vitse-prezident', 'vitse-prezident', 'Prezidentin köməkçisi',
    'Baş nazir', 'Baş naziri', 'Baş nazirin müavini', 'xarici işlər naziri', 'xarici işlər nazirinin müavini',
    'müdafiə naziri', 'daxili işlər naziri', 'maliyyə naziri', 'iqtisadiyyat naziri', 'ədliyyə naziri',
    'energetika naziri', 'nazir', 'naziri', 'nazirin müavini', 'Milli Məclisin sədri', 'sədri', 'sədr',
    'deputat', 'deputatı', 'millət vəkili', 'səfir', 'səfiri', 'fövqəladə və səlahiyyətli səfir',
    'xüsusi nümayəndəsi', 'xüsusi nümayəndə', 'sözçüsü', 'mətbuat katibi', 'baş katibi', 'baş katib',
    'rəhbəri', 'rəisi', 'direktoru', 'baş direktoru', 'lideri', 'kansler', 'kral', 'kraliça', 'şahzadə',
    'vəliəhd şahzadə', 'əmir', 'şeyx', 'ayətullah', 'Şeyxülislam', 'Roma Papası', 'patriarx', 'meri',
    'qubernator', 'hakim', 'prokuror', 'Baş prokuror', 'general', 'general-polkovnik', 'general-leytenant',
    'general-mayor', 'polkovnik', 'admiral', 'komandanı', 'Baş Qərargah rəisi', 'professor', 'cənab',
  ],
  organizationWords: [
    'Nazirliyi', 'Administrasiyası', 'Aparatı', 'Hakimiyyəti', 'İdarəsi', 'Xidməti', 'Departamenti',
    'Təşkilatı', 'Agentliyi', 'Şurası', 'Komitəsi', 'Komissiyası', 'Qrupu', 'Bankı', 'Fondu', 'Universiteti',
    'İnstitutu', 'Akademiyası', 'Mərkəzi', 'Partiyası', 'Hərəkatı', 'Cəbhəsi', 'Alyansı', 'Koalisiyası',
    'Ordusu', 'Qüvvələri', 'Korpusu', 'İttifaqı', 'Birliyi', 'Federasiyası', 'Assosiasiyası', 'Cəmiyyəti',
    'Palatası', 'Məhkəməsi', 'Məclisi', 'Parlamenti', 'Şirkəti', 'Holdinqi', 'Ofisi', 'ASC', 'QSC', 'MMC',
  ],
  // "qəza" is left out: it also means accident.
  placeWords: [
    'şəhəri', 'şəhər', 'qəsəbəsi', 'kəndi', 'kənd', 'rayonu', 'rayon', 'bölgəsi', 'regionu', 'vilayəti',
    'əyaləti', 'paytaxt', 'paytaxtı', 'Respublikası', 'sərhəd', 'limanı', 'adası',
  ],
  nameParticles: ['oğlu', 'qızı', 'əl-', 'bin', 'ibn', 'fon', 'van', 'de', 'da'],
  givenNames: [],
  commonWordGivenNames: [],
  unnamedSpeakers: [],
  purposeOrganizationWords: [],
  capitalizedNonNames: [
    'Bu', 'O', 'Bir', 'Və', 'Amma', 'Lakin', 'Ancaq', 'Həmçinin', 'Eyni', 'Belə', 'Bununla', 'Bundan',
    'Sonra', 'Əvvəl', 'Daha', 'Çünki', 'Əgər', 'Nə', 'Niyə', 'Necə', 'Kim', 'Hansı', 'Biz', 'Mən', 'Siz',
    'Onlar', 'Onun', 'Bunun', 'Burada', 'Orada', 'İndi', 'Dünən', 'Sabah', 'Hər', 'Bütün', 'Bəzi', 'Digər',
    'Həm', 'Artıq', 'Hazırda', 'Eləcə', 'Qeyd', 'Xatırladaq', 'Prezident', 'Nazir', 'Foto', 'Video',
  ],
  cliticPrefixes: [],
  // Azerbaijani glues case endings to names without an apostrophe ("Əliyevin", "Bakıda"): strip one only when what
  // remains is a known name. Single-vowel endings are left out: "Əliyeva" would become "Əliyev".
  cliticSuffixes: [
    'dakı', 'dəki', 'nın', 'nin', 'nun', 'nün', 'dan', 'dən', 'yla', 'ylə', 'ın', 'in', 'un', 'ün', 'ya', 'yə',
    'da', 'də', 'la', 'lə',
  ],
  placePrepositions: [],
  determiners: [],
  nameConnectors: [],
  numberedNameWords: [],
  regnalOrdinals: [],
  compassWords: [],
  titleQualifiers: [],
  otherNameWords: [],
  aliasMarkers: [],
  demonymVariants: { US: ['amerikalı'], GB: ['britaniyalı', 'ingilis'], KR: ['koreyalı'], SA: ['səudiyyəli'] },
};
