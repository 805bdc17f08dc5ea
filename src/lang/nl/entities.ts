import type { EntityCues } from '../types.js';

/** Dutch words around names of people, places and organisations, as ANP and the Dutch and Flemish press write them. */
export const entities: EntityCues = {
  personTitles: [
    'president', 'vicepresident', 'oud-president', 'premier', 'oud-premier', 'minister-president',
    'minister van Buitenlandse Zaken', 'buitenlandminister', 'viceminister van Buitenlandse Zaken',
    'minister van Defensie', 'defensieminister', 'minister van Binnenlandse Zaken', 'minister van Financiën',
    'minister van Justitie', 'minister', 'staatssecretaris', 'secretaris-generaal', 'woordvoerder',
    'woordvoerster', 'ambassadeur', 'gezant', 'speciaal gezant', 'kanselier', 'bondskanselier', 'koning',
    'koningin', 'prins', 'prinses', 'kroonprins', 'emir', 'sjeik', 'sultan', 'ayatollah', 'opperste leider',
    'paus', 'patriarch', 'kardinaal', 'aartsbisschop', 'bisschop', 'imam', 'Kamerlid', 'Tweede Kamerlid',
    'Kamervoorzitter', 'fractievoorzitter', 'partijleider', 'senator', 'gouverneur', 'burgemeester',
    'wethouder', 'rechter', 'officier van justitie', 'aanklager', 'directeur', 'topman', 'topvrouw', 'CEO',
    'generaal', 'luitenant-generaal', 'kolonel', 'admiraal', 'commandant', 'dr.', 'prof.', 'mr.', 'ir.',
    'drs.', 'de heer', 'mevrouw',
  ],
  organizationWords: [
    'ministerie', 'Organisatie', 'Agentschap', 'Raad', 'Comité', 'Commissie', 'Dienst', 'Departement',
    'Bureau', 'Autoriteit', 'Inspectie', 'Groep', 'Bank', 'Fonds', 'Universiteit', 'Instituut', 'Academie',
    'Centrum', 'Partij', 'Beweging', 'Front', 'Alliantie', 'Coalitie', 'Leger', 'Strijdkrachten', 'Korps',
    'Politie', 'Unie', 'Federatie', 'Bond', 'Vakbond', 'Vereniging', 'Stichting', 'Hof', 'Rechtbank',
    'Parlement', 'Kamer', 'Bedrijf', 'Concern', 'B.V.', 'N.V.',
  ],
  placeWords: [
    'stad', 'hoofdstad', 'havenstad', 'dorp', 'gemeente', 'wijk', 'regio', 'streek', 'provincie', 'district',
    'deelstaat', 'staat', 'oblast', 'republiek', 'grens', 'eiland',
  ],
  nameParticles: [
    'van', 'van de', 'van der', 'van den', 'de', 'den', 'der', 'ter', 'ten', 'te', "'t", 'von', 'al', 'al-',
    'bin', 'ibn',
  ],
  givenNames: [],
  // "De" also opens Flemish names ("De Croo", "De Wever"); at the start of a sentence it is far more often the article. "Van" is left out.
  commonWordGivenNames: [],
  unnamedSpeakers: [],
  purposeOrganizationWords: [],
  capitalizedNonNames: [
    'De', 'Het', 'Een', 'En', 'Maar', 'Of', 'Want', 'Dus', 'In', 'Op', 'Aan', 'Bij', 'Met', 'Na', 'Naar',
    'Voor', 'Door', 'Uit', 'Over', 'Onder', 'Tegen', 'Tijdens', 'Volgens', 'Sinds', 'Ondanks', 'Als', 'Toen',
    'Omdat', 'Hoewel', 'Wat', 'Wie', 'Waar', 'Waarom', 'Hoe', 'Hij', 'Zij', 'Ze', 'Wij', 'We', 'Ik', 'Jij',
    'U', 'Zijn', 'Haar', 'Hun', 'Dit', 'Dat', 'Deze', 'Die', 'Er', 'Hier', 'Daar', 'Nu', 'Ook', 'Toch', 'Wel',
    'Niet', 'Vandaag', 'Gisteren', 'Morgen', 'Alle', 'Veel', 'Sommige', 'Eerder', 'Later', 'President',
    'Minister', 'Premier', 'Foto', 'Video',
  ],
  cliticPrefixes: [],
  // After a vowel Dutch sets the genitive off ("Rutte's", "Obama's"); after s, x and z a bare apostrophe.
  cliticSuffixes: ["'s", "'"],
  placePrepositions: ['in', 'nabij', 'te', 'uit'],
  determiners: ['de', 'het', 'een'],
  nameConnectors: [],
  numberedNameWords: [],
  regnalOrdinals: [],
  compassWords: [],
  titleQualifiers: [],
  otherNameWords: [],
  aliasMarkers: [],
  demonymVariants: {},
};
