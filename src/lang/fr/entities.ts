import type { EntityCues } from '../types.js';

/** French words around names of people, places and organisations, as AFP and the French-language press write them. */
export const entities: EntityCues = {
  personTitles: [
    'président', 'présidente', 'président de la République', 'vice-président', 'Premier ministre',
    'Première ministre', 'chef du gouvernement', 'ministre des Affaires étrangères', 'chef de la diplomatie',
    'vice-ministre des Affaires étrangères', 'ministre de la Défense', 'ministre des Armées',
    "ministre de l'Intérieur", "ministre de l'Économie", 'ministre de la Justice', 'garde des Sceaux',
    'ministre', "secrétaire d'État", 'secrétaire général', 'secrétaire générale', 'directeur général',
    'directrice générale', 'PDG', 'patron', 'porte-parole', 'ambassadeur', 'ambassadrice', 'envoyé spécial',
    'émissaire', 'haut-commissaire', 'commissaire européen', 'chancelier', 'chancelière', 'roi', 'reine',
    'prince', 'prince héritier', 'émir', 'cheikh', 'sultan', 'ayatollah', 'guide suprême', 'pape',
    'patriarche', 'cardinal', 'archevêque', 'imam', 'rabbin', 'sénateur', 'sénatrice', 'député', 'députée',
    'maire', 'préfet', 'gouverneur', 'juge', 'procureur', 'procureur général', 'général', 'colonel', 'amiral',
    'maréchal', "chef d'état-major", 'professeur', 'docteur', 'Dr', 'M.', 'Mme', 'Mgr', 'Me',
  ],
  organizationWords: [
    'ministère', 'Organisation', 'Agence', 'Conseil', 'Comité', 'Commission', 'Office', 'Service', 'Direction',
    'Département', 'Autorité', 'Haut-Commissariat', 'Groupe', 'Banque', 'Fonds', 'Université', 'Institut',
    'Académie', 'Centre', 'Parti', 'Mouvement', 'Front', 'Alliance', 'Coalition', 'Armée', 'Forces', 'Garde',
    'Gardiens', 'Brigades', 'Police', 'Gendarmerie', 'Union', 'Fédération', 'Confédération', 'Syndicat',
    'Association', 'Fondation', 'Cour', 'Tribunal', 'Parlement', 'Assemblée', 'Sénat', 'Compagnie',
    'Société', 'Entreprise', 'SA', 'SAS',
    // Schools, clubs, media, churches and companies, found missing on WikiANN dev and in sports, music and transport news.
    'Club', 'Stade', 'Championnat', 'Ligue', 'Équipe', 'Lycée', 'Collège', 'École', 'Musée', 'Bibliothèque',
    'Église', 'Cathédrale', 'Abbaye', 'Monastère', 'Orchestre', 'Chœur', 'Journal', 'Radio', 'Télévision',
    'Éditions', 'Gare', 'Hôpital', 'Théâtre', 'Festival', 'Olympique', 'Racing', 'Sporting', 'Gouvernement',
    'Ligne',
    // Palaces, observatories and exchanges that house an institution ("Palais des sports de Besançon", "Bourse de Paris").
    'Palais', 'Observatoire', 'Bourse',
    // English names kept untranslated in French text ('University of …', '… Records'), found on WikiANN fr dev.
    'University', 'Institute', 'Academy', 'Society', 'Records', 'Company', 'Corporation',
    'Council', 'Committee', 'League', 'Foundation', 'Agency', 'Department', 'Ministry', 'School',
  ],
  placeWords: [
    'ville', 'village', 'localité', 'commune', 'capitale', 'région', 'province', 'département', 'district',
    'gouvernorat', 'oblast', 'État', 'république', 'royaume', 'frontière', 'île', 'port', 'quartier',
    // Relief, eaux, parcs et ouvrages (WikiANN dev) : noms de lieux manqués ou pris pour des personnes.
    'rivière', 'fleuve', 'lac', 'mont', 'montagne', 'monts', 'vallée', 'baie', 'îles', 'péninsule', 'presqu\'île',
    'mer', 'océan', 'forêt', 'désert', 'canton', 'arrondissement', 'comté', 'préfecture', 'municipalité', 'parc',
    'rue', 'avenue', 'place', 'pont', 'aéroport', 'stade', 'massif', 'col', 'golfe', 'détroit', 'cap', 'duché',
    'territoire', 'émirat', 'principauté',
    // « xian de Longhua » : le district chinois, tel que l'écrit le français ; « pic du Midi ».
    'xian', 'pic',
    // « Canal de la Haute-Seine », « cimetière du Montparnasse » : des lieux, pas des organismes.
    'canal', 'cimetière',
  ],
  nameParticles: [
    'de', 'de la', 'du', 'des', 'le', 'la', 'von', 'van', 'der', 'den', 'da', 'dos', 'di', 'al', 'al-', 'el-',
    'ben', 'bin', 'ibn', 'abou',
  ],
  givenNames: [],
  // "De", "Le" and "La" also open names ("Le Pen", "De Gaulle"); at the start of a sentence they are far more often articles.
  commonWordGivenNames: [],
  unnamedSpeakers: [],
  purposeOrganizationWords: [],
  capitalizedNonNames: [
    'Le', 'La', 'Les', 'Un', 'Une', 'Des', 'Du', 'De', 'Au', 'Aux', 'Et', 'Mais', 'Ou', 'Donc', 'Car', 'Or',
    'Ni', 'En', 'Dans', 'Sur', 'Sous', 'Pour', 'Par', 'Avec', 'Sans', 'Selon', 'Après', 'Avant', 'Depuis',
    'Pendant', 'Lors', 'Malgré', 'Contre', 'Vers', 'Entre', 'Chez', 'Il', 'Elle', 'Ils', 'Elles', 'On',
    'Nous', 'Vous', 'Je', 'Ce', 'Cet', 'Cette', 'Ces', 'Son', 'Sa', 'Ses', 'Leur', 'Leurs', 'Qui', 'Que',
    'Quand', 'Comment', 'Pourquoi', 'Si', 'Alors', 'Ainsi', 'Cependant', 'Toutefois', 'Pourtant',
    'Néanmoins', 'Enfin', 'Puis', 'Aussi', 'Déjà', "Aujourd'hui", 'Hier', 'Demain', 'Tous', 'Plusieurs',
    'Certains', 'Président', 'Ministre', 'Photo', 'Vidéo',
  ],
  // Elided articles and conjunctions written onto the name ("l'Iran", "d'Israël", "lorsqu'Emmanuel Macron").
  cliticPrefixes: ["lorsqu'", "puisqu'", "jusqu'", "qu'", "l'", "d'"],
  cliticSuffixes: [],
  placePrepositions: ['à', 'en', 'dans', 'près', 'vers'],
  determiners: ['le', 'la', 'les', 'un', 'une', 'du', 'au', 'aux'],
  nameConnectors: ['de', 'du', 'des', 'la', 'les', 'et', 'pour', 'sur', 'aux', 'à', 'of', 'and', 'the'],
  numberedNameWords: ['Route', 'Autoroute', 'Interstate', 'Highway', 'Ligne', 'Division', 'Régiment', 'Brigade', 'Escadrille', 'Escadron', 'Volume', 'Vol.'],
  regnalOrdinals: [],
  compassWords: [],
  titleQualifiers: [],
  otherNameWords: [
    'Traité', 'Accord', 'Accords', 'Convention', 'Protocole', 'Déclaration', 'Révolution', 'Guerre', 'Coupe',
    'Prix',
  ],
  aliasMarkers: ['alias', 'dit', 'connu sous le nom de', 'également appelé', 'aussi appelé'],
  demonymVariants: { AZ: ['azéri', 'azérie'], KZ: ['kazakh', 'kazakhe'], UZ: ['ouzbek', 'ouzbèke'], TJ: ['tadjik', 'tadjike'], KG: ['kirghize'] },
};
