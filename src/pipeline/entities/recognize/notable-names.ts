/**
 * Names the gazetteers do not hold but the press uses constantly: treaties,
 * vaccines, diseases and the best-known international organisations, with
 * their usual forms in the project's main languages. Hand-listed; a name here
 * is typed without any other evidence. Words that make a capitalised span the
 * name of a treaty, plan or event are in the packs (`entities.otherNameWords`).
 */
import type { EntityType } from '../../../core/entity.js';

export interface NotableName {
  /** The canonical (English) name. */
  readonly name: string;
  readonly type: EntityType;
  readonly forms: readonly string[];
}

export const NOTABLE_NAMES: readonly NotableName[] = [
  {
    name: 'JCPOA',
    type: 'other',
    forms: [
      'JCPOA', 'Joint Comprehensive Plan of Action', 'Iran nuclear deal', 'الاتفاق النووي', 'خطة العمل الشاملة المشتركة',
      'برجام', 'توافق هسته‌ای', 'СВПД', 'Совместный всеобъемлющий план действий', 'KOEP', 'PAGC', 'Plan d’action global commun',
      'Gemeinsamer umfassender Aktionsplan', 'PAIC', 'Plan de Acción Integral Conjunto',
    ],
  },
  { name: 'Sputnik V', type: 'other', forms: ['Sputnik V', 'Спутник V', 'سبوتنيك V', 'سبوتنيك في', 'اسپوتنیک وی'] },
  { name: 'COVID-19', type: 'other', forms: ['COVID-19', 'Covid-19', 'COVID19', 'كوفيد-19', 'کووید-۱۹', 'кови́д-19', 'COVID'] },
  { name: 'United Nations', type: 'organization', forms: ['United Nations', 'UN', 'U.N.', 'الأمم المتحدة', 'سازمان ملل', 'ООН', 'BM', 'ONU', 'UNO', 'Vereinte Nationen', 'Nations unies', 'Naciones Unidas'] },
  { name: 'European Union', type: 'organization', forms: ['European Union', 'EU', 'E.U.', 'الاتحاد الأوروبي', 'اتحادیه اروپا', 'Евросоюз', 'ЕС', 'AB', 'UE', 'Union européenne', 'Europäische Union', 'Unión Europea'] },
  { name: 'NATO', type: 'organization', forms: ['NATO', 'OTAN', 'НАТО', 'الناتو', 'ناتو', 'حلف شمال الأطلسي'] },
  { name: 'OSCE', type: 'organization', forms: ['OSCE', 'ОБСЕ', 'AGİT', 'OSZE', 'منظمة الأمن والتعاون في أوروبا'] },
  { name: 'Minsk Group', type: 'organization', forms: ['Minsk Group', 'مجموعة مينسك', 'گروه مینسک', 'Минская группа', 'Minsk Grubu', 'groupe de Minsk', 'Minsker Gruppe', 'Grupo de Minsk'] },
  { name: 'World Health Organization', type: 'organization', forms: ['World Health Organization', 'WHO', 'منظمة الصحة العالمية', 'سازمان بهداشت جهانی', 'ВОЗ', 'DSÖ', 'OMS', 'Weltgesundheitsorganisation'] },
  // Humanitarian bodies and armed and political movements that Arabic and Persian news names every day, with no
  // organisation word before them. Only forms that are not also common words: not "القاعدة" ("the base"), "فتح" ("opened").
  { name: 'Red Cross', type: 'organization', forms: ['Red Cross', 'ICRC', 'الصليب الأحمر', 'اللجنة الدولية للصليب الأحمر', 'صلیب سرخ', 'Красный Крест', 'МККК', 'Kızılhaç', 'Croix-Rouge', 'CICR', 'Rotes Kreuz', 'IKRK', 'Cruz Roja'] },
  { name: 'Red Crescent', type: 'organization', forms: ['Red Crescent', 'الهلال الأحمر', 'هلال احمر', 'Красный Полумесяц', 'Kızılay', 'Croissant-Rouge', 'Roter Halbmond', 'Media Luna Roja'] },
  { name: 'Hamas', type: 'organization', forms: ['Hamas', 'حماس', 'ХАМАС', 'Хамас'] },
  { name: 'Hezbollah', type: 'organization', forms: ['Hezbollah', 'Hizbollah', 'Hizballah', 'حزب الله', 'حزب‌الله', 'Хезболла', 'Хизбалла', 'Hizbullah', 'Hisbollah', 'Hezbolá'] },
  { name: 'Taliban', type: 'organization', forms: ['Taliban', 'طالبان', 'Талибан', 'talibans', 'Talibans'] },
  { name: 'Islamic State', type: 'organization', forms: ['Islamic State', 'ISIS', 'ISIL', 'Daesh', 'داعش', 'تنظيم الدولة الإسلامية', 'ИГИЛ', 'IŞİD', 'DEAŞ', 'État islamique', 'Daech', 'Islamischer Staat', 'Estado Islámico'] },
  { name: 'Houthis', type: 'organization', forms: ['Houthis', 'الحوثيين', 'الحوثيون', 'أنصار الله', 'حوثی‌ها', 'хуситы', 'хуситов', 'Husiler', 'Huthis', 'houthis', 'hutíes'] },
  { name: 'Hayat Tahrir al-Sham', type: 'organization', forms: ['Hayat Tahrir al-Sham', 'Hay\'at Tahrir al-Sham', 'هيئة تحرير الشام', 'هیئت تحریر الشام', 'Хайят Тахрир аш-Шам', 'Heyet Tahrir el-Şam', 'Hayat Tahrir al-Cham'] },
  { name: 'Muslim Brotherhood', type: 'organization', forms: ['Muslim Brotherhood', 'الإخوان المسلمين', 'الإخوان المسلمون', 'اخوان المسلمین', 'Братья-мусульмане', 'Müslüman Kardeşler', 'Frères musulmans', 'Muslimbruderschaft', 'Hermanos Musulmanes'] },
  { name: 'UNRWA', type: 'organization', forms: ['UNRWA', 'الأونروا', 'أونروا', 'آنروا', 'БАПОР'] },
  { name: 'UNICEF', type: 'organization', forms: ['UNICEF', 'Unicef', 'اليونيسف', 'يونيسف', 'اليونيسيف', 'یونیسف', 'ЮНИСЕФ'] },
  { name: 'OPEC', type: 'organization', forms: ['OPEC', 'أوبك', 'اوپک', 'ОПЕК', 'OPEP'] },
  { name: 'African Union', type: 'organization', forms: ['African Union', 'الاتحاد الأفريقي', 'الاتحاد الإفريقي', 'اتحادیه آفریقا', 'Африканский союз', 'Afrika Birliği', 'Union africaine', 'Afrikanische Union', 'Unión Africana'] },
  { name: 'Arab League', type: 'organization', forms: ['Arab League', 'League of Arab States', 'جامعة الدول العربية', 'الجامعة العربية', 'اتحادیه عرب', 'Лига арабских государств', 'Arap Birliği', 'Ligue arabe', 'Arabische Liga', 'Liga Árabe'] },
  // Seats of government the press names for the government itself; in Arabic and Persian nothing else marks them.
  { name: 'White House', type: 'organization', forms: ['White House', 'البيت الأبيض', 'کاخ سفید', 'Белый дом', 'Beyaz Saray', 'Maison-Blanche', 'Maison Blanche', 'Weißes Haus', 'Weiße Haus', 'Weißen Haus', 'Casa Blanca', 'Casa Branca'] },
  { name: 'Kremlin', type: 'organization', forms: ['Kremlin', 'الكرملين', 'کرملین', 'Кремль', 'Кремля', 'Кремле', 'Kreml'] },
  { name: 'Pentagon', type: 'organization', forms: ['Pentagon', 'البنتاغون', 'البنتاجون', 'پنتاگون', 'Пентагон', 'Пентагона', 'Pentágono'] },
  // Parliaments the press names by their own name, with no organisation word before it. Not Persian "کنگره", also any congress.
  { name: 'Knesset', type: 'organization', forms: ['Knesset', 'الكنيست', 'کنست', 'Кнессет', 'Kneset'] },
  { name: 'United States Congress', type: 'organization', forms: ['US Congress', 'U.S. Congress', 'الكونغرس', 'الكونجرس', 'الكونغرس الأمريكي', 'الكونغرس الأميركي', 'Конгресс США', 'Congrès américain'] },
  // Agencies and monitors the press quotes daily, whose Arabic names an organisation word cannot carry to the end
  // (a foreign name in several bare words, or a genitive with "ل": "المرصد السوري لحقوق الإنسان").
  { name: 'UNHCR', type: 'organization', forms: ['UNHCR', 'UN Refugee Agency', 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين', 'المفوضية السامية لشؤون اللاجئين', 'مفوضية اللاجئين', 'کمیساریای عالی پناهندگان', 'УВКБ ООН', 'HCR', 'Haut-Commissariat des Nations unies pour les réfugiés', 'ACNUR'] },
  { name: 'World Food Programme', type: 'organization', forms: ['World Food Programme', 'WFP', 'برنامج الأغذية العالمي', 'برنامج جهانی غذا', 'Всемирная продовольственная программа', 'ВПП', 'PAM', 'Programme alimentaire mondial', 'Welternährungsprogramm', 'Programa Mundial de Alimentos'] },
  { name: 'Human Rights Watch', type: 'organization', forms: ['Human Rights Watch', 'HRW', 'هيومن رايتس ووتش', 'هیومن رایتس واچ', 'Хьюман райтс вотч'] },
  { name: 'Médecins Sans Frontières', type: 'organization', forms: ['Médecins Sans Frontières', 'Doctors Without Borders', 'MSF', 'أطباء بلا حدود', 'پزشکان بدون مرز', 'Врачи без границ', 'Sınır Tanımayan Doktorlar', 'Ärzte ohne Grenzen', 'Médicos Sin Fronteras'] },
  { name: 'Syrian Observatory for Human Rights', type: 'organization', forms: ['Syrian Observatory for Human Rights', 'SOHR', 'المرصد السوري لحقوق الإنسان', 'دیده‌بان حقوق بشر سوریه', 'Сирийская обсерватория по правам человека', 'Observatoire syrien des droits de l’homme', 'OSDH'] },
  { name: 'FIFA', type: 'organization', forms: ['FIFA', 'فيفا', 'الفيفا', 'الاتحاد الدولي لكرة القدم', 'فیفا', 'ФИФА'] },
  { name: 'Interpol', type: 'organization', forms: ['Interpol', 'INTERPOL', 'الإنتربول', 'الانتربول', 'اینترپل', 'Интерпол'] },
  { name: 'IAEA', type: 'organization', forms: ['IAEA', 'International Atomic Energy Agency', 'الوكالة الدولية للطاقة الذرية', 'آژانس بین‌المللی انرژی اتمی', 'МАГАТЭ', 'UAEA', 'AIEA', 'IAEO', 'OIEA'] },
];

/**
 * Places the gazetteer (ISO 3166 and GeoNames cities) does not hold: disputed
 * and historical regions, continents, seas and other geographic regions the
 * press names often.
 */
export const NOTABLE_PLACES: readonly NotableName[] = [
  {
    name: 'Nagorno-Karabakh',
    type: 'place',
    forms: [
      'Nagorno-Karabakh', 'Nagorno Karabakh', 'Karabakh', 'Artsakh', 'قره باغ', 'ناغورني قره باغ', 'ناغورنو قره باغ', 'قره‌باغ',
      'ناگورنو-قره‌باغ', 'Нагорный Карабах', 'Карабах', 'Арцах', 'Dağlık Karabağ', 'Karabağ', 'Haut-Karabakh', 'Haut-Karabagh',
      'Bergkarabach', 'Berg-Karabach', 'Karabach', 'Alto Karabaj', 'Nagorno Karabaj', 'Karabaj', 'Qarabağ', 'Dağlıq Qarabağ', 'Լեռնային Ղարաբաղ',
    ],
  },
  { name: 'Gaza Strip', type: 'place', forms: ['Gaza Strip', 'قطاع غزة', 'نوار غزه', 'сектор Газа', 'Gazze Şeridi', 'bande de Gaza', 'Gazastreifen', 'Franja de Gaza'] },
  { name: 'West Bank', type: 'place', forms: ['West Bank', 'الضفة الغربية', 'کرانه باختری', 'Западный берег', 'Batı Şeria', 'Cisjordanie', 'Westjordanland', 'Cisjordania'] },
  { name: 'Kashmir', type: 'place', forms: ['Kashmir', 'كشمير', 'کشمیر', 'Кашмир', 'Keşmir', 'Cachemire', 'Cachemira'] },
  { name: 'Donbas', type: 'place', forms: ['Donbas', 'Donbass', 'دونباس', 'Донбасс', 'Донбас', 'Donbass'] },
  { name: 'South Ossetia', type: 'place', forms: ['South Ossetia', 'أوسيتيا الجنوبية', 'اوستیای جنوبی', 'Южная Осетия', 'Güney Osetya', 'Ossétie du Sud', 'Südossetien', 'Osetia del Sur'] },
  { name: 'Golan Heights', type: 'place', forms: ['Golan Heights', 'Golan', 'الجولان', 'مرتفعات الجولان', 'بلندی‌های جولان', 'Голанские высоты', 'Golan Tepeleri', 'plateau du Golan', 'Golanhöhen', 'Altos del Golán'] },
  { name: 'Middle East', type: 'place', forms: ['Middle East', 'الشرق الأوسط', 'خاورمیانه', 'Ближний Восток', 'Orta Doğu', 'Ortadoğu', 'Moyen-Orient', 'Nahost', 'Naher Osten', 'Nahen Osten', 'Oriente Medio', 'Oriente Próximo'] },
  { name: 'Caucasus', type: 'place', forms: ['Caucasus', 'South Caucasus', 'القوقاز', 'قفقاز', 'Кавказ', 'Kafkasya', 'Caucase', 'Kaukasus', 'Cáucaso'] },
  { name: 'Persian Gulf', type: 'place', forms: ['Persian Gulf', 'الخليج الفارسي', 'خلیج فارس', 'Персидский залив', 'Basra Körfezi', 'golfe Persique', 'Persischer Golf', 'golfo Pérsico'] },
  // Regions of conflict and the seas, straits and canals of shipping news; none is an administrative unit.
  { name: 'Darfur', type: 'place', forms: ['Darfur', 'دارفور', 'Дарфур', 'Darfour'] },
  { name: 'Kordofan', type: 'place', forms: ['Kordofan', 'كردفان', 'Кордофан'] },
  { name: 'Sinai', type: 'place', forms: ['Sinai Peninsula', 'Sinai', 'سيناء', 'شبه جزيرة سيناء', 'Синай', 'Sina Yarımadası', 'Sinaï', 'Sinaí'] },
  { name: 'Crimea', type: 'place', forms: ['Crimea', 'القرم', 'شبه جزيرة القرم', 'کریمه', 'Крым', 'Kırım', 'Crimée', 'Krim'] },
  { name: 'Tigray', type: 'place', forms: ['Tigray', 'تيغراي', 'تيجراي', 'Тыграй'] },
  { name: 'Sahel', type: 'place', forms: ['Sahel', 'منطقة الساحل', 'الساحل الأفريقي', 'الساحل الإفريقي', 'Сахель'] },
  { name: 'Balkans', type: 'place', forms: ['Balkans', 'البلقان', 'بالکان', 'Балканы', 'Balkanlar', 'Balkan', 'Balcanes'] },
  { name: 'Horn of Africa', type: 'place', forms: ['Horn of Africa', 'القرن الأفريقي', 'القرن الإفريقي', 'شاخ آفریقا', 'Африканский Рог', 'Afrika Boynuzu', "Corne de l'Afrique", 'Horn von Afrika'] },
  { name: 'Mediterranean Sea', type: 'place', forms: ['Mediterranean Sea', 'البحر المتوسط', 'البحر الأبيض المتوسط', 'دریای مدیترانه', 'Средиземное море', 'Akdeniz', 'mer Méditerranée', 'Mittelmeer', 'mar Mediterráneo'] },
  { name: 'Black Sea', type: 'place', forms: ['Black Sea', 'البحر الأسود', 'دریای سیاه', 'Черное море', 'Чёрное море', 'Karadeniz', 'mer Noire', 'Schwarzes Meer', 'mar Negro'] },
  { name: 'Caspian Sea', type: 'place', forms: ['Caspian Sea', 'بحر قزوين', 'دریای خزر', 'Каспийское море', 'Hazar Denizi', 'mer Caspienne', 'Kaspisches Meer', 'mar Caspio'] },
  { name: 'Strait of Hormuz', type: 'place', forms: ['Strait of Hormuz', 'مضيق هرمز', 'تنگه هرمز', 'Ормузский пролив', 'Hürmüz Boğazı', "détroit d'Ormuz", 'Straße von Hormus', 'estrecho de Ormuz'] },
  { name: 'Bab el-Mandeb', type: 'place', forms: ['Bab el-Mandeb', 'Bab al-Mandab', 'باب المندب', 'مضيق باب المندب', 'باب‌المندب', 'Баб-эль-Мандеб'] },
  { name: 'Suez Canal', type: 'place', forms: ['Suez Canal', 'قناة السويس', 'کانال سوئز', 'Суэцкий канал', 'Süveyş Kanalı', 'canal de Suez', 'Sueskanal'] },
  { name: 'Gulf of Aden', type: 'place', forms: ['Gulf of Aden', 'خليج عدن', 'خلیج عدن', 'Аденский залив', 'Aden Körfezi', "golfe d'Aden", 'Golf von Aden'] },
  { name: 'Europe', type: 'place', forms: ['Europe', 'أوروبا', 'اروپا', 'Европа', 'Avrupa', 'Europa'] },
  { name: 'Asia', type: 'place', forms: ['Asia', 'آسيا', 'آسیا', 'Азия', 'Asya', 'Asie', 'Asien'] },
  { name: 'Africa', type: 'place', forms: ['Africa', 'أفريقيا', 'إفريقيا', 'آفریقا', 'Африка', 'Afrika', 'Afrique', 'África'] },
  // The other continents and parts of the Americas: no gazetteer lists them, and "Amérique du Sud" read as a person ("X du Y").
  { name: 'North America', type: 'place', forms: ['North America', 'أمريكا الشمالية', 'Северная Америка', 'Kuzey Amerika', 'Amérique du Nord', 'Nordamerika', 'América del Norte', 'América do Norte', 'Noord-Amerika'] },
  { name: 'South America', type: 'place', forms: ['South America', 'أمريكا الجنوبية', 'Южная Америка', 'Güney Amerika', 'Amérique du Sud', 'Südamerika', 'América del Sur', 'América do Sul', 'Zuid-Amerika'] },
  { name: 'Central America', type: 'place', forms: ['Central America', 'أمريكا الوسطى', 'Центральная Америка', 'Orta Amerika', 'Amérique centrale', 'Mittelamerika', 'Zentralamerika', 'América Central', 'Centraal-Amerika'] },
  { name: 'Oceania', type: 'place', forms: ['Oceania', 'أوقيانوسيا', 'Океания', 'Okyanusya', 'Océanie', 'Ozeanien', 'Oceanía', 'Oceanië'] },
  { name: 'Latin America', type: 'place', forms: ['Latin America', 'أمريكا اللاتينية', 'آمریکای لاتین', 'Латинская Америка', 'Latin Amerika', 'Amérique latine', 'Lateinamerika', 'América Latina'] },
];

/** Organisation words common to many languages' names (company forms and acronyms written inside names). */
export const UNIVERSAL_ORGANIZATION_WORDS: readonly string[] = ['FC', 'AG', 'GmbH', 'Inc', 'Ltd', 'LLC', 'PLC', 'Corp', 'TV'];
