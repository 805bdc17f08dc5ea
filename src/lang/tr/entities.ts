import type { EntityCues } from '../types.js';

/** Turkish words around names of people, places and organisations, as AA and the national press write them. */
export const entities: EntityCues = {
  // Offices stand after their owner in the possessive ("ABD Başkanı Joe Biden", "İstanbul Valisi Davut Gül").
  personTitles: [
    'Cumhurbaşkanı', 'Cumhurbaşkanı Yardımcısı', 'Başkan', 'Başkanı', 'Başbakan', 'Başbakanı',
    'Başbakan Yardımcısı', 'Dışişleri Bakanı', 'Dışişleri Bakan Yardımcısı', 'Dışişleri Bakanlığı Sözcüsü',
    'Milli Savunma Bakanı', 'Savunma Bakanı', 'İçişleri Bakanı', 'Hazine ve Maliye Bakanı', 'Maliye Bakanı',
    'Adalet Bakanı', 'Sağlık Bakanı', 'Enerji ve Tabii Kaynaklar Bakanı', 'Enerji Bakanı', 'Bakan',
    'Bakanı', 'Bakan Yardımcısı', 'Sözcü', 'Sözcüsü', 'TBMM Başkanı', 'Meclis Başkanı', 'Genel Başkan',
    'Genel Başkanı', 'Genel Sekreteri', 'Genel Müdürü', 'Yönetim Kurulu Başkanı', 'MİT Başkanı',
    'İletişim Başkanı', 'Büyükelçi', 'Büyükelçisi', 'Özel Temsilcisi', 'Başdanışmanı', 'Danışmanı', 'Lideri',
    'Dini Lideri', 'Şansölye', 'Kral', 'Kraliçe', 'Prens', 'Veliaht Prens', 'Emir', 'Emiri', 'Şeyh',
    'Ayetullah', 'Papa', 'Patrik', 'Milletvekili', 'Senatör', 'Vali', 'Valisi', 'Belediye Başkanı',
    'Büyükşehir Belediye Başkanı', 'Cumhuriyet Başsavcısı', 'Başsavcı', 'Savcı', 'Hakim', 'Genelkurmay Başkanı',
    'Orgeneral', 'Korgeneral', 'Tümgeneral', 'Tuğgeneral', 'General', 'Albay', 'Amiral', 'Komutanı',
    'Prof. Dr.', 'Doç. Dr.', 'Prof.', 'Dr.', 'Av.', 'Sayın',
  ],
  // Heads of compound names carry the possessive ("Dışişleri Bakanlığı", "Birleşmiş Milletler Güvenlik Konseyi").
  organizationWords: [
    'Bakanlığı', 'Başkanlığı', 'Müdürlüğü', 'Valiliği', 'Belediyesi', 'Savcılığı', 'Örgütü', 'Teşkilatı',
    'Kurumu', 'Kurulu', 'Ajansı', 'Konseyi', 'Komitesi', 'Komisyonu', 'Grubu', 'Bankası', 'Fonu',
    'Üniversitesi', 'Enstitüsü', 'Akademisi', 'Merkezi', 'Partisi', 'Parti', 'Hareketi', 'Cephesi',
    'İttifakı', 'Koalisyonu', 'Ordusu', 'Kuvvetleri', 'Muhafızları', 'Birliği', 'Federasyonu',
    'Konfederasyonu', 'Sendikası', 'Derneği', 'Vakfı', 'Odası', 'Mahkemesi', 'Meclisi', 'Parlamentosu',
    'Şirketi', 'Holding', 'A.Ş.', 'Kulübü', 'Ofisi',
  ],
  placeWords: [
    'kenti', 'şehri', 'başkent', 'ili', 'ilçesi', 'beldesi', 'köyü', 'mahallesi', 'bölgesi', 'eyaleti',
    'vilayeti', 'Cumhuriyeti', 'sınırı', 'limanı', 'adası', 'kampı',
  ],
  nameParticles: ['el-', 'bin', 'bint', 'ibn', 'von', 'van', 'der', 'de', 'da', 'di'],
  givenNames: [],
  commonWordGivenNames: [],
  unnamedSpeakers: [],
  purposeOrganizationWords: [],
  capitalizedNonNames: [
    'Bu', 'Şu', 'O', 'Bir', 'Ve', 'Ama', 'Ancak', 'Fakat', 'Veya', 'Ya', 'İle', 'İçin', 'Gibi', 'Göre',
    'Sonra', 'Önce', 'Daha', 'Çünkü', 'Eğer', 'Ne', 'Neden', 'Nasıl', 'Kim', 'Hangi', 'Biz', 'Ben', 'Siz',
    'Onlar', 'Onun', 'Bunun', 'Buna', 'Burada', 'Orada', 'Şimdi', 'Bugün', 'Dün', 'Yarın', 'Ayrıca', 'Öte',
    'Diğer', 'Bazı', 'Her', 'Tüm', 'Bütün', 'Birçok', 'Hem', 'Yine', 'Böylece', 'İse', 'Açıklamada', 'Yapılan',
    'Cumhurbaşkanı', 'Bakan', 'Başbakan', 'Fotoğraf', 'Video',
  ],
  cliticPrefixes: [],
  // Case endings after the apostrophe, by vowel harmony and buffer consonant; "'nda" follows a possessive ("Meclisi'nde").
  cliticSuffixes: [
    "'ndaki", "'ndeki", "'ndan", "'nden", "'daki", "'deki", "'taki", "'teki", "'nın", "'nin", "'nun", "'nün",
    "'dan", "'den", "'tan", "'ten", "'nda", "'nde", "'yla", "'yle", "'ın", "'in", "'un", "'ün", "'yı", "'yi",
    "'yu", "'yü", "'na", "'ne", "'ya", "'ye", "'da", "'de", "'ta", "'te", "'la", "'le", "'ı", "'i", "'u", "'ü",
    "'a", "'e",
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
  demonymVariants: { AZ: ['Azeri'], KZ: ['Kazak'], UZ: ['Özbek'], TJ: ['Tacik'], KG: ['Kırgız'], SA: ['Suudi'] },
};
