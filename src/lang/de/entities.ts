import type { EntityCues } from '../types.js';

/** German words around names of people, places and organisations, as dpa and the German-language press write them. */
export const entities: EntityCues = {
  // Both adjective endings occur: "Irans stellvertretender Außenminister", "der stellvertretende Außenminister".
  personTitles: [
    'Bundespräsident', 'Bundespräsidentin', 'Präsident', 'Präsidentin', 'Vizepräsident', 'Bundeskanzler',
    'Bundeskanzlerin', 'Kanzler', 'Kanzlerin', 'Vizekanzler', 'Ministerpräsident', 'Ministerpräsidentin',
    'Premierminister', 'Premierministerin', 'Regierungschef', 'Außenminister', 'Außenministerin',
    'stellvertretender Außenminister', 'stellvertretende Außenminister', 'Vize-Außenminister',
    'Verteidigungsminister', 'Verteidigungsministerin', 'Innenminister', 'Innenministerin', 'Finanzminister',
    'Finanzministerin', 'Minister', 'Ministerin', 'Staatssekretär', 'Staatssekretärin', 'Regierungssprecher',
    'Sprecher', 'Sprecherin', 'Botschafter', 'Botschafterin', 'Sondergesandter', 'Generalsekretär',
    'Bundestagspräsidentin', 'Bundestagspräsident', 'Abgeordneter', 'Abgeordnete', 'Parteichef',
    'Parteichefin', 'Vorsitzender', 'Vorsitzende', 'Senator', 'Gouverneur', 'Bürgermeister',
    'Bürgermeisterin', 'Oberbürgermeister', 'Richter', 'Richterin', 'Staatsanwalt', 'König', 'Königin',
    'Prinz', 'Kronprinz', 'Emir', 'Scheich', 'Sultan', 'Ajatollah', 'Revolutionsführer', 'Papst', 'Patriarch',
    'Kardinal', 'Bischof', 'General', 'Generalleutnant', 'Generalmajor', 'Oberst', 'Admiral', 'Dr.', 'Prof.',
    'Professor', 'Herr', 'Frau',
  ],
  // German glues the head noun into compounds, so the common ministry compounds are listed whole. Not "Dienst"
  // nor "Werke": their compounds are mostly services and works ("Polizeidienst", "Kunstwerke"), not bodies.
  organizationWords: [
    'Ministerium', 'Bundesministerium', 'Außenministerium', 'Verteidigungsministerium', 'Innenministerium',
    'Finanzministerium', 'Organisation', 'Agentur', 'Amt', 'Behörde', 'Abteilung', 'Rat', 'Ausschuss',
    'Komitee', 'Kommission', 'Gruppe', 'Bank', 'Fonds', 'Universität', 'Institut', 'Akademie', 'Zentrum',
    'Partei', 'Bewegung', 'Front', 'Allianz', 'Bündnis', 'Koalition', 'Armee', 'Streitkräfte', 'Miliz',
    'Polizei', 'Union', 'Verband', 'Vereinigung', 'Verein', 'Gewerkschaft', 'Stiftung', 'Gericht',
    'Gerichtshof', 'Parlament', 'Unternehmen', 'Konzern', 'Holding', 'GmbH', 'AG', 'SE', 'e.V.',
    // Schools, clubs, media, churches and companies, found missing on WikiANN dev and in sports, music and transport news.
    'Schule', 'Gymnasium', 'Hochschule', 'Liga', 'Club', 'Klub', 'Mannschaft', 'Nationalmannschaft', 'Orchester',
    'Chor', 'Zeitung', 'Rundfunk', 'Verlag', 'Sender', 'Kloster', 'Stift', 'Kirche',
    'Museum', 'Bibliothek', 'Theater', 'Krankenhaus', 'Brauerei', 'Bahn', 'Records', 'Landtag',
    'Bundestag', 'Gesellschaft', 'Regierung',
    // Heads of compound names of bodies, leagues, events and buildings ("Bundes|liga", "Bundes|wehr", "National|versammlung",
    // "Völker|bund", "Kern|kraftwerk", "Haupt|bahnhof", "Berlin-|Marathon", "Welt|meisterschaft", "Panzer-|Division"),
    // which Wikipedia and the press treat as one named body or event; found missing on WikiANN de dev.
    'Wehr', 'Versammlung', 'Bund', 'Kraftwerk', 'Bahnhof', 'Brücke', 'Stadion', 'Schloss', 'Marathon',
    'Meisterschaft', 'Meisterschaften', 'Division', 'Winterspiele', 'Winterspielen', 'Sommerspiele', 'Sommerspielen',
    // English names kept untranslated in German text ('University of …', '… Records'), found on WikiANN de dev.
    'University', 'College', 'Institute', 'Academy', 'Society', 'Association', 'Company', 'Corporation',
    'Council', 'Committee', 'League', 'Foundation', 'Agency', 'Department', 'Ministry', 'School',
  ],
  placeWords: [
    'Stadt', 'Hauptstadt', 'Hafenstadt', 'Dorf', 'Ort', 'Gemeinde', 'Stadtteil', 'Region', 'Provinz',
    'Bezirk', 'Landkreis', 'Kreis', 'Bundesland', 'Bundesstaat', 'Kanton', 'Gouvernement', 'Oblast', 'Gebiet',
    'Republik', 'Grenze', 'Insel',
    // Gewässer, Gebirge, Parks und Bauwerke (WikiANN dev): Ortsnamen, die fehlten oder als Personen galten.
    'Fluss', 'See', 'Berg', 'Gebirge', 'Tal', 'Bucht', 'Inseln', 'Meer', 'Wald', 'Straße', 'Platz',
    'Flughafen', 'Nationalpark', 'Grafschaft', 'Herzogtum', 'Fürstentum', 'Verbandsgemeinde', 'Ortsteil',
    // A prince-bishopric is the territory a bishop ruled ("Hochstift Münster"), not the chapter.
    'Hochstift', 'Erzstift',
    // States and units named by their kind ("Königreich Rumänien", "Präfektur Fukushima"), found on WikiANN de dev.
    'Königreich', 'Kaiserreich', 'Präfektur',
    'County', 'Township',
  ],
  nameParticles: [
    'von', 'von der', 'vom', 'zu', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'al', 'al-', 'bin',
    'ibn',
  ],
  givenNames: [],
  // "Von" is left out: a sentence may open with "Von der Leyen". German capitalises every noun, so only the
  // most common sentence openers and role nouns are listed.
  commonWordGivenNames: [],
  unnamedSpeakers: [],
  purposeOrganizationWords: [],
  capitalizedNonNames: [
    'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Und', 'Aber', 'Oder',
    'Doch', 'Denn', 'In', 'Im', 'Auf', 'An', 'Am', 'Aus', 'Bei', 'Beim', 'Mit', 'Nach', 'Vom', 'Zu', 'Zum',
    'Zur', 'Für', 'Über', 'Unter', 'Vor', 'Seit', 'Während', 'Wegen', 'Trotz', 'Laut', 'Gegen', 'Nachdem',
    'Als', 'Wenn', 'Weil', 'Ob', 'Dass', 'Wie', 'Was', 'Wer', 'Wo', 'Warum', 'Er', 'Sie', 'Es', 'Wir', 'Ich',
    'Ihr', 'Man', 'Sein', 'Seine', 'Ihre', 'Dies', 'Diese', 'Dieser', 'Dieses', 'Damit', 'Dabei', 'Dazu',
    'Danach', 'Zudem', 'Außerdem', 'Auch', 'So', 'Nun', 'Jetzt', 'Heute', 'Gestern', 'Hier', 'Dort', 'Alle',
    'Viele', 'Einige', 'Bereits', 'Zuvor', 'Später', 'Präsident', 'Minister', 'Kanzler', 'Regierung',
    'Angaben', 'Foto', 'Video',
    // Compass directions: "im Norden", "nach Westen" name a direction, not a place (WikiANN de dev).
    'Norden', 'Süden', 'Osten', 'Westen', 'Nordosten', 'Nordwesten', 'Südosten', 'Südwesten',
    // "die Stadt Hamburg", "der Ortsteil Pasing": settlement nouns stand before a place name, not in it
    // (WikiANN de dev: "Stadt" 47 times before a place, twice inside one); they still type the name after them.
    'Stadt', 'Hauptstadt', 'Ortsteil', 'Dorf', 'Ort',
  ],
  cliticPrefixes: [],
  // The genitive apostrophe after s, x and z ("Scholz' Regierung"); other genitive -s is not set off.
  cliticSuffixes: ["'"],
  // Not "im": it carries an article, and German nouns are capitalised ("im Jahr").
  placePrepositions: ['in', 'nach', 'aus', 'bei', 'nahe'],
  determiners: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'im', 'am', 'zum', 'zur', 'vom', 'beim'],
  nameConnectors: ['für', 'der', 'des', 'und', 'von', 'zu', 'zum', 'zur', 'of', 'for', 'and', 'the'],
  // "Wahl"/"Wahlen": an election is named by its year ("Bundestagswahl 2021", "Parlamentswahlen 2015").
  numberedNameWords: ['Wahl', 'Wahlen', 'Bundesstraße', 'Bundesautobahn', 'Autobahn', 'Staatsstraße', 'Landesstraße', 'Kreisstraße', 'Europastraße', 'Route', 'Highway', 'Interstate', 'Division', 'Linie', 'Brigade', 'Regiment', 'Staffel', 'Band'],
  regnalOrdinals: [],
  compassWords: [],
  titleQualifiers: [],
  otherNameWords: [
    'Vertrag', 'Abkommen', 'Konvention', 'Protokoll', 'Erklärung', 'Revolution', 'Krieg', 'Pokal', 'Preis',
  ],
  aliasMarkers: ['alias', 'auch bekannt als', 'bekannt als', 'auch genannt'],
  demonymVariants: { NG: ['nigerianisch'], SA: ['saudisch', 'saudi-arabisch'], TW: ['taiwanisch'], AE: ['emiratisch'], KE: ['kenianisch'], PE: ['peruanisch'], CD: ['kongolesisch'], BD: ['bangladeschisch'], TZ: ['tansanisch'], YE: ['jemenitisch'], OM: ['omanisch'], LK: ['sri-lankisch'], NZ: ['neuseeländisch'], SG: ['singapurisch'], UG: ['ugandisch'], KH: ['kambodschanisch'], MM: ['myanmarisch'], CM: ['kamerunisch'], ZW: ['simbabwisch'], BO: ['bolivianisch'], UY: ['uruguayisch'], PY: ['paraguayisch'], MZ: ['mosambikanisch'], MG: ['madagassisch'], ZM: ['sambisch'], JM: ['jamaikanisch'], DO: ['dominikanisch'], CI: ['ivorisch'], ML: ['malisch'] },
};
