import type { EntityCues } from '../types.js';

/** Polish words around names of people, places and organisations, in the nominative; case endings are left to a stemmer. */
export const entities: EntityCues = {
  // "abp", "bp", "ks.", "dr" and "płk" are the abbreviations Polish writes before a name.
  personTitles: [
    'prezydent', 'wiceprezydent', 'były prezydent', 'premier', 'wicepremier', 'minister spraw zagranicznych',
    'szef MSZ', 'szef dyplomacji', 'wiceminister spraw zagranicznych', 'wiceszef MSZ', 'rzecznik MSZ',
    'minister obrony narodowej', 'szef MON', 'minister spraw wewnętrznych', 'minister finansów',
    'minister sprawiedliwości', 'minister zdrowia', 'minister', 'wiceminister', 'sekretarz stanu',
    'sekretarz generalny', 'rzecznik rządu', 'rzecznik', 'rzeczniczka', 'doradca', 'ambasador', 'wysłannik',
    'specjalny wysłannik', 'kanclerz', 'król', 'królowa', 'książę', 'następca tronu', 'emir', 'szejk',
    'sułtan', 'ajatollah', 'najwyższy przywódca', 'papież', 'patriarcha', 'kardynał', 'arcybiskup', 'abp',
    'biskup', 'bp', 'ksiądz', 'ks.', 'imam', 'marszałek Sejmu', 'marszałek Senatu', 'marszałek', 'poseł',
    'posłanka', 'senator', 'gubernator', 'wojewoda', 'burmistrz', 'wójt', 'sędzia', 'prokurator',
    'prokurator generalny', 'prezes', 'przewodniczący', 'przewodnicząca', 'lider', 'szef', 'szefowa',
    'generał', 'gen.', 'pułkownik', 'płk', 'admirał', 'dowódca', 'szef Sztabu Generalnego', 'prof.', 'dr',
    'pan', 'pani',
  ],
  organizationWords: [
    'Ministerstwo', 'Kancelaria', 'Urząd', 'Organizacja', 'Agencja', 'Rada', 'Komitet', 'Komisja', 'Biuro',
    'Służba', 'Departament', 'Inspekcja', 'Grupa', 'Bank', 'Fundusz', 'Uniwersytet', 'Instytut', 'Akademia',
    'Centrum', 'Partia', 'Ruch', 'Front', 'Sojusz', 'Koalicja', 'Armia', 'Wojsko', 'Siły', 'Korpus', 'Straż',
    'Policja', 'Unia', 'Związek', 'Federacja', 'Stowarzyszenie', 'Fundacja', 'Izba', 'Sąd', 'Trybunał',
    'Parlament', 'Zgromadzenie', 'Spółka', 'Firma', 'Koncern', 'Korporacja', 'S.A.', 'sp. z o.o.',
  ],
  placeWords: [
    'miasto', 'wieś', 'miejscowość', 'osiedle', 'dzielnica', 'stolica', 'region', 'województwo', 'powiat',
    'gmina', 'obwód', 'okręg', 'rejon', 'prowincja', 'stan', 'republika', 'granica', 'wyspa', 'port',
  ],
  nameParticles: ['de', 'von', 'von der', 'van', 'der', 'da', 'al', 'al-', 'bin', 'ibn'],
  givenNames: [],
  capitalizedNonNames: [
    'W', 'We', 'Na', 'Z', 'Ze', 'Do', 'Od', 'Po', 'Przez', 'Przy', 'Pod', 'Nad', 'Za', 'Dla', 'Bez', 'O', 'U',
    'Według', 'Podczas', 'Mimo', 'Wśród', 'Przed', 'Między', 'I', 'A', 'Ale', 'Lecz', 'Albo', 'Lub', 'Oraz',
    'Jednak', 'Natomiast', 'Także', 'Również', 'Jak', 'Co', 'Kto', 'Gdzie', 'Kiedy', 'Dlaczego', 'Jeśli',
    'Jeżeli', 'Gdy', 'To', 'Ten', 'Ta', 'Te', 'Ci', 'Tego', 'On', 'Ona', 'Ono', 'Oni', 'One', 'My', 'Wy',
    'Ja', 'Jego', 'Jej', 'Ich', 'Tam', 'Tu', 'Tutaj', 'Teraz', 'Dziś', 'Dzisiaj', 'Wczoraj', 'Jutro',
    'Wcześniej', 'Później', 'Wszyscy', 'Wiele', 'Niektórzy', 'Prezydent', 'Premier', 'Minister', 'Rząd',
    'Fot.', 'Zdjęcie', 'Wideo',
  ],
  cliticPrefixes: [],
  cliticSuffixes: [],
  placePrepositions: ['w', 'we', 'pod'],
  determiners: [],
  nameConnectors: [],
  numberedNameWords: [],
  regnalOrdinals: [],
  compassWords: [],
  titleQualifiers: [],
  otherNameWords: [],
  aliasMarkers: [],
  demonymVariants: {},
};
