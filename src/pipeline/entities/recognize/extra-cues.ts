/**
 * Organisation and place head words the language packs do not list yet,
 * found missing on WikiANN dev (en, de, fr) and in sports, music and
 * transport news. They belong in src/lang/<code>/entities.ts; kept here
 * until the packs take them, and merged with the packs' own lists.
 */
export const EXTRA_ORGANIZATION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'School', 'College', 'Academy', 'League', 'Conference', 'Club', 'Team', 'Records', 'Band', 'Orchestra', 'Symphony',
    'Choir', 'Network', 'Channel', 'Radio', 'Television', 'Times', 'Post', 'Herald', 'Gazette', 'Journal', 'Magazine',
    'Railway', 'Railroad', 'Airways', 'Air Force', 'Brothers', 'Motors', 'Systems', 'Technologies', 'Industries',
    'Entertainment', 'Studios', 'Pictures', 'Press', 'Publishing', 'Hospital', 'Museum', 'Library', 'Church', 'Cathedral',
    'Monastery', 'Abbey', 'Diocese', 'Theatre', 'Theater', 'Festival', 'Rangers', 'Rovers', 'Wanderers', 'Athletic',
    'United', 'Senate', 'Cabinet', 'Council',
  ],
  de: [
    'Schule', 'Gymnasium', 'Hochschule', 'Liga', 'Club', 'Klub', 'Mannschaft', 'Nationalmannschaft', 'Orchester', 'Chor',
    'Zeitung', 'Rundfunk', 'Verlag', 'Sender', 'Kloster', 'Stift', 'Hochstift', 'Erzstift', 'Kirche', 'Museum',
    'Bibliothek', 'Theater', 'Krankenhaus', 'Werke', 'Brauerei', 'Bahn', 'Records', 'Landtag', 'Bundestag', 'Ministerium',
    'Gericht', 'Verband', 'Partei', 'Verein', 'Gesellschaft', 'Kommission', 'Regierung',
  ],
  fr: [
    'Club', 'Stade', 'Championnat', 'Ligue', 'Équipe', 'Lycée', 'Collège', 'École', 'Musée', 'Bibliothèque', 'Église',
    'Cathédrale', 'Abbaye', 'Monastère', 'Orchestre', 'Chœur', 'Journal', 'Radio', 'Télévision', 'Éditions', 'Gare',
    'Compagnie', 'Hôpital', 'Théâtre', 'Festival', 'Olympique', 'Racing', 'Sporting', 'Gouvernement', 'Ministère',
  ],
  es: ['Club', 'Equipo', 'Liga', 'Escuela', 'Colegio', 'Museo', 'Iglesia', 'Catedral', 'Orquesta', 'Diario', 'Periódico', 'Gobierno', 'Ministerio'],
};

/** Sports-club and company abbreviations written before or after a name ("FK Partizan", "Hamburger SV"), any language. */
export const CLUB_ABBREVIATIONS: readonly string[] = ['FC', 'CF', 'FK', 'SK', 'SC', 'SV', 'AC', 'AS', 'RC', 'CD', 'IF', 'IFK', 'BK', 'AFC', 'VfB', 'VfL', 'TSV', 'KV', 'NK', 'HC', 'HK'];

/** Languages that write organisation words as the last part of one compound word ("Bundesverfassungsgericht"). */
export const COMPOUNDING = new Set(['de', 'nl', 'sv', 'da', 'no', 'nb']);
