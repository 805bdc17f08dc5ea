import type { EntityCues } from '../types.js';

/** English words around names of people, places and organisations, as wire and Iranian English-language copy writes them. */
export const entities: EntityCues = {
  personTitles: [
    'President', 'Vice President', 'President-elect', 'Prime Minister', 'Deputy Prime Minister',
    'Foreign Minister', 'Deputy Foreign Minister', 'Foreign Secretary', 'Secretary of State',
    'Defence Minister', 'Defense Minister', 'Interior Minister', 'Finance Minister', 'Minister', 'Chancellor',
    'Secretary-General', 'Secretary General', 'Director-General', 'Director General', 'Chairman',
    'Chief Executive', 'CEO', 'Chief of Staff', 'King', 'Queen', 'Prince', 'Crown Prince', 'Emir', 'Sheikh',
    'Sultan', 'Supreme Leader', 'Ayatollah', 'Grand Ayatollah', 'Hojatoleslam', 'Imam', 'Pope', 'Patriarch',
    'Cardinal', 'Archbishop', 'Ambassador', 'envoy', 'Special Envoy', 'spokesman', 'spokeswoman',
    'spokesperson', 'Speaker', 'Senator', 'Sen.', 'Rep.', 'Congressman', 'MP', 'Governor', 'Gov.', 'Mayor',
    'Judge', 'Chief Justice', 'Attorney General', 'Prosecutor', 'Commissioner', 'General', 'Gen.', 'Lt. Gen.',
    'Maj. Gen.', 'Brig. Gen.', 'Colonel', 'Col.', 'Admiral', 'Adm.', 'Commander', 'Dr.', 'Dr', 'Prof.',
    'Professor', 'Mr.', 'Mr', 'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Sir', 'Lord',
  ],
  organizationWords: [
    'Ministry', 'Organization', 'Organisation', 'Agency', 'News Agency', 'Council', 'Committee', 'Commission',
    'Group', 'Bank', 'Fund', 'University', 'Institute', 'Party', 'Army', 'Navy', 'Forces', 'Guard', 'Corps',
    'Brigades', 'Police', 'Union', 'Federation', 'Alliance', 'Coalition', 'Front', 'Movement', 'Court',
    'Tribunal', 'Parliament', 'Assembly', 'Congress', 'Senate', 'Company', 'Corporation', 'Corp', 'Inc',
    'Ltd', 'LLC', 'PLC', 'Holding', 'Airlines', 'Association', 'Society', 'Foundation', 'Office', 'Service',
    'Department', 'Authority', 'Bureau', 'Board', 'Center', 'Centre',
    // Schools, clubs, media, churches and companies, found missing on WikiANN dev and in sports, music and transport news.
    'School', 'College', 'Academy', 'League', 'Conference', 'Club', 'Team', 'Records', 'Band', 'Orchestra',
    'Symphony', 'Choir', 'Network', 'Channel', 'Radio', 'Television', 'Times', 'Post', 'Herald', 'Gazette',
    'Journal', 'Magazine', 'Railway', 'Railroad', 'Airways', 'Air Force', 'Brothers', 'Motors', 'Systems',
    'Technologies', 'Industries', 'Entertainment', 'Studios', 'Pictures', 'Press', 'Publishing', 'Hospital',
    'Museum', 'Library', 'Church', 'Cathedral', 'Monastery', 'Abbey', 'Diocese', 'Theatre', 'Theater', 'Festival',
    'Rangers', 'Rovers', 'Wanderers', 'Athletic', 'United', 'Cabinet',
  ],
  placeWords: [
    'city of', 'town', 'village', 'capital', 'province', 'region', 'district', 'county', 'governorate',
    'oblast', 'state of', 'Republic of', 'Kingdom of', 'border', 'neighbourhood', 'neighborhood', 'port city',
    'island', 'Strait of', 'Gulf of', 'Republic',
    // Natural features, parks and works: WikiANN dev showed these heads after a name missed or typed as a person.
    'River', 'Lake', 'Mount', 'Mountain', 'Mountains', 'Hills', 'Valley', 'Creek', 'Bay', 'Islands', 'Peninsula',
    'Township', 'Parish', 'Sea', 'Ocean', 'Forest', 'Desert', 'Canyon', 'Beach', 'Park', 'National Park',
    'Street', 'Avenue', 'Square', 'Bridge', 'Airport', 'Stadium', 'Arena', 'Range', 'Glacier', 'Reservoir',
    'Wildlife Refuge', 'Historic District', 'Borough', 'Prefecture', 'Municipality', 'Emirate', 'Duchy',
  ],
  nameParticles: [
    'al', 'al-', 'el', 'el-', 'bin', 'ibn', 'bint', 'abu', 'ul', 'ud', 'de', 'del', 'della', 'da', 'dos',
    'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter',
  ],
  givenNames: [],
  // Role nouns stand here alone ("the President said"); before a name they are titles.
  commonWordGivenNames: [],
  unnamedSpeakers: [],
  purposeOrganizationWords: [],
  capitalizedNonNames: [
    'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'And', 'But', 'Or', 'So', 'Yet', 'In', 'On', 'At',
    'As', 'By', 'For', 'From', 'Of', 'To', 'With', 'Without', 'After', 'Before', 'During', 'Since', 'Until',
    'While', 'When', 'Where', 'What', 'Who', 'Why', 'How', 'If', 'Although', 'Though', 'Despite', 'According',
    'Meanwhile', 'However', 'Also', 'Amid', 'Among', 'Against', 'Under', 'Over', 'Following', 'Earlier',
    'Later', 'Last', 'Next', 'Now', 'Then', 'Today', 'Yesterday', 'Tomorrow', 'He', 'She', 'It', 'They', 'We',
    'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'There', 'Here', 'Some', 'Many', 'Most', 'All', 'Both',
    'Each', 'Several', 'Other', 'Another', 'Such', 'President', 'Minister', 'Ambassador', 'Chancellor',
    'Secretary', 'Governor', 'Mayor', 'Breaking', 'Exclusive', 'Update', 'Photo', 'Video',
  ],
  cliticPrefixes: [],
  // "Reuters'" takes a bare apostrophe; typographic apostrophes fold to "'".
  cliticSuffixes: ["'s", "'"],
  placePrepositions: ['in', 'near', 'from', 'at', 'outside', 'across'],
  determiners: ['the', 'a', 'an'],
  nameConnectors: ['of', 'for', 'on', 'in', 'and', 'the', 'upon'],
  numberedNameWords: ['Route', 'Highway', 'Interstate', 'Road', 'Loop', 'Squadron', 'Wing', 'Division', 'Regiment', 'Brigade', 'Battalion', 'Flotilla', 'Platoon', 'Volume', 'Vol.', 'Channel', 'Apollo', 'Gemini'],
  regnalOrdinals: [],
  compassWords: [],
  titleQualifiers: [],
  otherNameWords: [
    'Plan', 'Treaty', 'Agreement', 'Accord', 'Accords', 'Convention', 'Protocol', 'Declaration', 'Act',
    'Revolution', 'War', 'Cup', 'Championship', 'Olympics', 'Games', 'Prize', 'Award',
  ],
  aliasMarkers: ['aka', 'a.k.a.', 'also known as', 'known as', 'better known as', 'also called'],
  demonymVariants: { AZ: ['Azeri'], KZ: ['Kazakh', 'Kazakhs'], UZ: ['Uzbek', 'Uzbeks'], TJ: ['Tajik', 'Tajiks'], KG: ['Kyrgyz', 'Kirghiz'], GB: ['Briton'] },
};
