/**
 * Story clustering at scale: feeds N synthetic articles (default 200,000)
 * through storage and `clusterArticles` in batches of 200, the way ingestion
 * does, and prints per 10,000 articles the clustering cost per article, the
 * stories so far, the memory used, the stories each batch's working set
 * loaded and the time spent in each store call. The per-article cost must
 * stay flat: the last block within 1.5× of the first block that starts after
 * the 45-day look-back has filled (the blocks before it compare each article
 * with less history, by design; both ratios are printed).
 *
 * The corpus is generated, deterministically, as a news stream over ~2
 * simulated years (274 articles a day, so any --articles N is a prefix of the
 * full run): events arrive over time, each reported by 1–40 articles
 * (heavy-tailed) in seven languages (en, fr, de, es, ru, ar, tr) from
 * template sentences and made-up vocabulary; each event has 2–4 main
 * entities (an actor, a place, perhaps a second actor and a country), a day
 * and figures its articles repeat, and keywords of its own; other names are
 * drawn from a Zipf-like pool of 20,000 people, places and organisations and
 * 16 countries, a few very common. About 5% of the articles are exact or
 * near copies (reprints) of an earlier one. Entities and mentions are written
 * straight to the store (no recogniser), and only `clusterArticles` is timed:
 * copy detection, the story working set, scoring and saving the batch. After
 * the run, B-cubed against the generated events checks that the stream
 * clusters like news (a stream that merged everything would be cheap or dear
 * for the wrong reason).
 *
 *   npm run bench:stories-scale                          # 200,000 articles
 *   npm run bench:stories-scale -- --articles 20000      # a quicker run
 *   npm run bench:stories-scale -- --dir ./scale-store   # keep the store there
 */
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../src/core/article.js';
import type { EntityType } from '../src/core/entity.js';
import { sha256Hex } from '../src/core/hash.js';
import { PIPELINE_VERSION, articleTextHash } from '../src/pipeline/run-pipeline.js';
import { clusterArticles, type ArticleToCluster } from '../src/services/story-service.js';
import type { ArticleStore, NewDocument } from '../src/store/article-store.js';
import { documentId } from '../src/store/document-id.js';
import type { DocumentMentions, EntityAlias, NewEntity, NewMention } from '../src/store/entity-records.js';
import type { StoryWorkingSet } from '../src/store/story-records.js';
import { DATABASE_FILE, openSqliteStore } from '../src/store/sqlite/sqlite-article-store.js';
import { bcubed } from './lib/cluster-scores.js';
import { seededRandom } from './lib/synthetic-corpus.js';
import { CANDIDATE_WINDOW_DAYS } from '../src/pipeline/stories/story-clusterer.js';
import { THREAD_WINDOW_DAYS } from '../src/pipeline/stories/threads.js';
import { writeResult } from './lib/write-result.js';

const DAY_MS = 86_400_000;
const BATCH = 200;
const BLOCK = 10_000;
/** How far back a batch's working set reaches (see `activeSince`). */
const LOOK_BACK_DAYS = Math.max(CANDIDATE_WINDOW_DAYS, THREAD_WINDOW_DAYS);
/** The full run's rate: 200,000 articles over two years. */
const ARTICLES_PER_DAY = 200_000 / 730;
const START_MS = Date.UTC(2022, 0, 1);
const MAX_EVENT_SIZE = 40;
/** P(size ≥ k) = k^-α: most events get one or two articles, a few get dozens. */
const SIZE_ALPHA = 1.1;
/** Share of articles that are copies of an earlier one. */
const COPY_SHARE = 0.05;
const PEOPLE = 9_000;
const PLACES = 6_000;
const ORGANIZATIONS = 4_984;
const KEYWORDS = 3_000;
/** Words each event is reported with (its own vocabulary: names of things, places, details). */
const EVENT_KEYWORDS = 6;
/** General vocabulary per language, drawn Zipf-like for the detail sentences. */
const VOCABULARY = 20_000;
const OUTLETS_PER_LANGUAGE = 120;
/** Allowed ratio of the last block's per-article cost to the first's. */
const FLAT_LIMIT = 1.5;

// ---------------------------------------------------------------- options

const { values: options } = parseArgs({ options: { articles: { type: 'string' }, dir: { type: 'string' } } });
const FULL_RUN = 200_000;
const total = Number(options.articles ?? FULL_RUN);
if (!Number.isInteger(total) || total < BATCH) throw new Error(`--articles must be an integer ≥ ${BATCH}`);
const keepDir = options.dir !== undefined;
const dataDir = options.dir ?? mkdtempSync(join(tmpdir(), 'newsloom-bench-stories-scale-'));
if (existsSync(join(dataDir, DATABASE_FILE))) throw new Error(`${dataDir} already holds a store; give an empty or new directory`);

// ---------------------------------------------------------------- languages

type Lang = 'en' | 'fr' | 'de' | 'es' | 'ru' | 'ar' | 'tr';
/** 0 Latin, 1 Cyrillic, 2 Arabic: the index into an entity's name forms. */
type Script = 0 | 1 | 2;
const SCRIPT_CODES = ['Latn', 'Cyrl', 'Arab'] as const;

/**
 * Templates fill slots: {A} {B} main actors, {P} the event's place, {C} a
 * country, {O} {Q} other names, {T} the topic, {K} an event keyword, {N} a
 * figure, {D} the event's day, {V} a verb, {S} an outlet.
 */
interface LanguageKit {
  share: number;
  script: Script;
  months: string[];
  day(day: number, month: string): string;
  verbs: string[];
  topics: string[];
  titles: string[];
  leads: string[];
  sentences: string[];
  fillers: string[];
  credit: string;
}

const KITS: Record<Lang, LanguageKit> = {
  en: {
    share: 0.34,
    script: 0,
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    day: (d, m) => `on ${d} ${m}`,
    verbs: ['discussed', 'signed', 'rejected', 'announced', 'welcomed', 'criticised'],
    topics: ['ceasefire', 'trade agreement', 'gas pipeline', 'vaccination programme', 'border security', 'earthquake relief', 'nuclear talks', 'election results', 'interest rates', 'flood damage', 'prisoner exchange', 'military exercise', 'wheat exports', 'refugee crisis', 'oil prices', 'cyber attack'],
    titles: ['{A} and {B} {V} {T} in {P}', '{T}: {A} {V} {K} plan in {P}', '{P} {K} row: {A} {V} {T}'],
    leads: ['{P} — {A} {V} the {T} with {B} {D}, officials in {C} said.', '{A} {V} the {T} {D} in {P}, where {N} people had gathered, according to {B}.'],
    sentences: [
      '{A} told reporters in {P} that the {T} would be reviewed {D}.',
      'According to {O}, at least {N} people were affected by the {K} dispute.',
      '{B} said {C} was ready to discuss the {K} question with {O}.',
      'The {T} was also raised by {O} during a visit to {Q}.',
      'Officials in {C} said {N} {K} convoys had been sent to {P}.',
      '{O} and {Q} declined to comment on the {T}.',
      'The {K} agreement between {A} and {O} remains in force, {B} added.',
    ],
    fillers: [
      'Officials said further talks would take place in the coming weeks.',
      'The statement did not give further details of the schedule.',
      'Analysts said the move could reshape relations across the region.',
      'Both sides stressed the importance of dialogue and mutual respect.',
      'The ministry said humanitarian access remained a priority for all parties.',
      'Local media reported that the delegation would return later this month.',
    ],
    credit: 'This article was first published by {S}.',
  },
  fr: {
    share: 0.12,
    script: 0,
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    day: (d, m) => `le ${d} ${m}`,
    verbs: ['a discuté', 'a signé', 'a rejeté', 'a annoncé', 'a salué', 'a critiqué'],
    topics: ['cessez-le-feu', 'accord commercial', 'gazoduc', 'programme de vaccination', 'sécurité des frontières', 'aide aux sinistrés du séisme', 'négociations nucléaires', 'résultats des élections', "taux d'intérêt", 'dégâts des inondations', 'échange de prisonniers', 'exercice militaire', 'exportations de blé', 'crise des réfugiés', 'prix du pétrole', 'cyberattaque'],
    titles: ['{A} et {B} : {T} à {P}', '{T} : {A} {V} le plan {K} à {P}', '{P} : {A} {V} le dossier {T}'],
    leads: ['{P} — {A} {V} le dossier {T} avec {B} {D}, ont indiqué des responsables en {C}.', '{A} {V} le dossier {T} {D} à {P}, où {N} personnes étaient réunies, selon {B}.'],
    sentences: [
      '{A} a déclaré à la presse à {P} que le dossier {T} serait réexaminé {D}.',
      'Selon {O}, au moins {N} personnes ont été touchées par le différend {K}.',
      '{B} a affirmé que {C} était prête à discuter de la question {K} avec {O}.',
      "Le dossier {T} a également été évoqué par {O} lors d'une visite à {Q}.",
      'Des responsables en {C} ont indiqué que {N} convois {K} avaient été envoyés à {P}.',
      "{O} et {Q} n'ont pas souhaité commenter le dossier {T}.",
      "L'accord {K} entre {A} et {O} reste en vigueur, a ajouté {B}.",
    ],
    fillers: [
      'Les discussions doivent reprendre dans les prochaines semaines.',
      'Le communiqué ne donne pas plus de détails sur le calendrier.',
      'Selon les analystes, cette décision pourrait modifier les équilibres régionaux.',
      "Les deux parties ont souligné l'importance du dialogue.",
      "Le ministère a indiqué que l'accès humanitaire restait une priorité.",
      'La presse locale rapporte que la délégation reviendra plus tard ce mois-ci.',
    ],
    credit: "Cet article a d'abord été publié par {S}.",
  },
  de: {
    share: 0.1,
    script: 0,
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    day: (d, m) => `am ${d}. ${m}`,
    verbs: ['besprach', 'unterzeichnete', 'verwarf', 'verkündete', 'begrüßte', 'kritisierte'],
    topics: ['Waffenruhe', 'Handelsabkommen', 'Gaspipeline', 'Impfprogramm', 'Grenzsicherheit', 'Erdbebenhilfe', 'Atomgespräche', 'Wahlergebnisse', 'Leitzinsen', 'Hochwasserschäden', 'Gefangenenaustausch', 'Militärmanöver', 'Weizenexporte', 'Flüchtlingskrise', 'Ölpreise', 'Cyberangriff'],
    titles: ['{A} und {B}: {T} in {P}', '{T}: {A} {V} {K}-Plan in {P}', '{P}: {A} {V} {T}'],
    leads: ['{P} — {A} {V} {D} mit {B} die {T}, teilten Behörden in {C} mit.', '{A} {V} {D} in {P} die {T}, wo sich laut {B} {N} Menschen versammelt hatten.'],
    sentences: [
      '{A} sagte in {P}, die {T} werde {D} erneut geprüft.',
      'Nach Angaben von {O} waren mindestens {N} Menschen vom {K}-Streit betroffen.',
      '{B} erklärte, {C} sei bereit, die {K}-Frage mit {O} zu besprechen.',
      'Auch {O} sprach die {T} bei einem Besuch in {Q} an.',
      'Behörden in {C} zufolge wurden {N} {K}-Konvois nach {P} geschickt.',
      '{O} und {Q} wollten sich zur {T} nicht äußern.',
      'Das {K}-Abkommen zwischen {A} und {O} bleibe in Kraft, fügte {B} hinzu.',
    ],
    fillers: [
      'Weitere Gespräche sollen in den kommenden Wochen stattfinden.',
      'Die Erklärung nannte keine weiteren Einzelheiten zum Zeitplan.',
      'Analysten zufolge könnte der Schritt die Beziehungen in der Region verändern.',
      'Beide Seiten betonten die Bedeutung des Dialogs.',
      'Das Ministerium erklärte, der humanitäre Zugang habe weiterhin Vorrang.',
      'Lokale Medien berichteten, die Delegation werde später im Monat zurückkehren.',
    ],
    credit: 'Dieser Artikel erschien zuerst bei {S}.',
  },
  es: {
    share: 0.1,
    script: 0,
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    day: (d, m) => `el ${d} de ${m}`,
    verbs: ['discutió', 'firmó', 'rechazó', 'anunció', 'acogió', 'criticó'],
    topics: ['alto el fuego', 'acuerdo comercial', 'gasoducto', 'programa de vacunación', 'seguridad fronteriza', 'ayuda por el terremoto', 'negociaciones nucleares', 'resultados electorales', 'tipos de interés', 'daños por las inundaciones', 'canje de prisioneros', 'ejercicio militar', 'exportaciones de trigo', 'crisis de refugiados', 'precios del petróleo', 'ciberataque'],
    titles: ['{A} y {B}: {T} en {P}', '{T}: {A} {V} el plan {K} en {P}', '{P}: {A} {V} el asunto del {T}'],
    leads: ['{P} — {A} {V} el asunto del {T} con {B} {D}, según fuentes oficiales de {C}.', '{A} {V} el asunto del {T} {D} en {P}, donde se reunieron {N} personas, según {B}.'],
    sentences: [
      '{A} dijo a los periodistas en {P} que el asunto del {T} se revisaría {D}.',
      'Según {O}, al menos {N} personas se vieron afectadas por la disputa {K}.',
      '{B} afirmó que {C} estaba dispuesta a tratar la cuestión {K} con {O}.',
      'El asunto del {T} también fue mencionado por {O} durante una visita a {Q}.',
      'Funcionarios de {C} indicaron que se enviaron {N} convoyes {K} a {P}.',
      '{O} y {Q} no quisieron comentar el asunto del {T}.',
      'El acuerdo {K} entre {A} y {O} sigue vigente, añadió {B}.',
    ],
    fillers: [
      'Las conversaciones continuarán en las próximas semanas.',
      'El comunicado no dio más detalles sobre el calendario.',
      'Según los analistas, la medida podría cambiar las relaciones en la región.',
      'Ambas partes subrayaron la importancia del diálogo.',
      'El ministerio afirmó que el acceso humanitario sigue siendo una prioridad.',
      'Medios locales informaron que la delegación regresará a finales de mes.',
    ],
    credit: 'Este artículo fue publicado originalmente por {S}.',
  },
  ru: {
    share: 0.12,
    script: 1,
    months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    day: (d, m) => `${d} ${m}`,
    verbs: ['обсудил', 'подписал', 'отверг', 'объявил', 'приветствовал', 'раскритиковал'],
    topics: ['перемирие', 'торговое соглашение', 'газопровод', 'программа вакцинации', 'безопасность границ', 'помощь пострадавшим от землетрясения', 'ядерные переговоры', 'итоги выборов', 'процентные ставки', 'ущерб от наводнения', 'обмен пленными', 'военные учения', 'экспорт пшеницы', 'кризис беженцев', 'цены на нефть', 'кибератака'],
    titles: ['{A} и {B}: {T} в {P}', '{T}: {A} {V} план {K} в {P}', '{P}: {A} {V} тему «{T}»'],
    leads: ['{P} — {A} {V} тему «{T}» с {B} {D}, сообщили официальные лица в {C}.', '{A} {V} тему «{T}» {D} в {P}, где собрались {N} человек, сообщил {B}.'],
    sentences: [
      '{A} заявил журналистам в {P}, что тема «{T}» будет пересмотрена {D}.',
      'По данным {O}, от спора {K} пострадали не менее {N} человек.',
      '{B} заявил, что {C} готова обсудить вопрос {K} с {O}.',
      'Тему «{T}» также затронул {O} во время визита в {Q}.',
      'Официальные лица в {C} сообщили, что в {P} направлены {N} колонн {K}.',
      '{O} и {Q} отказались комментировать тему «{T}».',
      'Соглашение {K} между {A} и {O} остается в силе, добавил {B}.',
    ],
    fillers: [
      'Переговоры продолжатся в ближайшие недели.',
      'В заявлении не уточняется график дальнейших встреч.',
      'По мнению аналитиков, этот шаг может изменить отношения в регионе.',
      'Обе стороны подчеркнули важность диалога.',
      'В министерстве заявили, что гуманитарный доступ остается приоритетом.',
      'Местные СМИ сообщили, что делегация вернется в конце месяца.',
    ],
    credit: 'Статья впервые опубликована изданием {S}.',
  },
  ar: {
    share: 0.12,
    script: 2,
    months: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    day: (d, m) => `في ${d} ${m}`,
    verbs: ['ناقش', 'وقع', 'رفض', 'أعلن', 'رحب بـ', 'انتقد'],
    topics: ['وقف إطلاق النار', 'اتفاقية تجارية', 'خط أنابيب الغاز', 'برنامج التطعيم', 'أمن الحدود', 'إغاثة ضحايا الزلزال', 'المحادثات النووية', 'نتائج الانتخابات', 'أسعار الفائدة', 'أضرار الفيضانات', 'تبادل الأسرى', 'مناورات عسكرية', 'صادرات القمح', 'أزمة اللاجئين', 'أسعار النفط', 'هجوم إلكتروني'],
    titles: ['{A} و{B}: {T} في {P}', '{T}: {A} {V} خطة {K} في {P}', '{P}: {A} {V} ملف {T}'],
    leads: ['{P} — {V} {A} ملف {T} مع {B} {D}، بحسب مسؤولين في {C}.', '{V} {A} ملف {T} {D} في {P}، حيث تجمع {N} شخصا، وفقا لـ{B}.'],
    sentences: [
      'قال {A} للصحفيين في {P} إن ملف {T} سيخضع للمراجعة {D}.',
      'ووفقا لـ{O}، تضرر ما لا يقل عن {N} شخصا من نزاع {K}.',
      'وقال {B} إن {C} مستعدة لمناقشة مسألة {K} مع {O}.',
      'كما أثار {O} ملف {T} خلال زيارة إلى {Q}.',
      'وقال مسؤولون في {C} إن {N} قافلة {K} أرسلت إلى {P}.',
      'ورفض {O} و{Q} التعليق على ملف {T}.',
      'وأضاف {B} أن اتفاق {K} بين {A} و{O} لا يزال ساريا.',
    ],
    fillers: [
      'ومن المقرر أن تستأنف المحادثات خلال الأسابيع المقبلة.',
      'ولم يقدم البيان مزيدا من التفاصيل حول الجدول الزمني.',
      'ويرى محللون أن هذه الخطوة قد تغير العلاقات في المنطقة.',
      'وشدد الجانبان على أهمية الحوار.',
      'وقالت الوزارة إن وصول المساعدات الإنسانية لا يزال أولوية.',
      'وذكرت وسائل إعلام محلية أن الوفد سيعود في وقت لاحق هذا الشهر.',
    ],
    credit: 'نشر هذا المقال أولا في {S}.',
  },
  tr: {
    share: 0.1,
    script: 0,
    months: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
    day: (d, m) => `${d} ${m} tarihinde`,
    verbs: ['görüştü', 'imzaladı', 'reddetti', 'açıkladı', 'memnuniyetle karşıladı', 'eleştirdi'],
    topics: ['ateşkes', 'ticaret anlaşması', 'doğal gaz boru hattı', 'aşı programı', 'sınır güvenliği', 'deprem yardımı', 'nükleer müzakereler', 'seçim sonuçları', 'faiz oranları', 'sel hasarı', 'esir takası', 'askeri tatbikat', 'buğday ihracatı', 'mülteci krizi', 'petrol fiyatları', 'siber saldırı'],
    titles: ['{A} ve {B}: {P} için {T}', '{T}: {A} {P} için {K} planını {V}', '{P}: {A} {T} konusunu {V}'],
    leads: ['{P} — {A}, {D} {B} ile {T} konusunu {V}, {C} yetkilileri bildirdi.', "{A}, {D} {P} kentinde {T} konusunu {V}; {B}'ye göre {N} kişi toplandı."],
    sentences: [
      '{A}, {P} kentinde gazetecilere {T} konusunun {D} yeniden ele alınacağını söyledi.',
      '{O} verilerine göre {K} anlaşmazlığından en az {N} kişi etkilendi.',
      '{B}, {C} hükümetinin {K} meselesini {O} ile görüşmeye hazır olduğunu söyledi.',
      '{T} konusu {O} tarafından {Q} ziyareti sırasında da gündeme getirildi.',
      '{C} yetkilileri {P} kentine {N} {K} konvoyu gönderildiğini açıkladı.',
      '{O} ve {Q}, {T} hakkında yorum yapmadı.',
      '{B}, {A} ile {O} arasındaki {K} anlaşmasının yürürlükte olduğunu ekledi.',
    ],
    fillers: [
      'Görüşmelerin önümüzdeki haftalarda devam etmesi bekleniyor.',
      'Açıklamada takvime ilişkin başka ayrıntı verilmedi.',
      'Analistlere göre bu adım bölgedeki ilişkileri değiştirebilir.',
      'İki taraf da diyaloğun önemini vurguladı.',
      'Bakanlık insani erişimin öncelik olmaya devam ettiğini açıkladı.',
      'Yerel basın heyetin ay sonunda geri döneceğini bildirdi.',
    ],
    credit: 'Bu haber ilk olarak {S} tarafından yayımlandı.',
  },
};
const LANGS = Object.keys(KITS) as Lang[];

// ---------------------------------------------------------------- names

/** Syllables in the three scripts, so a name reads the same in every language. */
const SYLLABLES: [string, string, string][] = [
  ['ka', 'ка', 'كا'], ['ro', 'ро', 'رو'], ['min', 'мин', 'مين'], ['sa', 'са', 'سا'], ['lev', 'лев', 'ليف'], ['na', 'на', 'نا'],
  ['dor', 'дор', 'دور'], ['ti', 'ти', 'تي'], ['ma', 'ма', 'ما'], ['vel', 'вел', 'فيل'], ['ru', 'ру', 'رو'], ['zan', 'зан', 'زان'],
  ['be', 'бе', 'بي'], ['lo', 'ло', 'لو'], ['mir', 'мир', 'مير'], ['ga', 'га', 'غا'], ['sho', 'шо', 'شو'], ['ner', 'нер', 'نير'],
  ['di', 'ди', 'دي'], ['ba', 'ба', 'با'], ['kor', 'кор', 'كور'], ['li', 'ли', 'لي'], ['van', 'ван', 'فان'], ['to', 'то', 'تو'],
  ['ras', 'рас', 'راس'], ['el', 'эл', 'إل'], ['mo', 'мо', 'مو'], ['nik', 'ник', 'نيك'], ['ha', 'ха', 'ها'], ['sun', 'сун', 'سون'],
  ['de', 'де', 'دي'], ['fa', 'фа', 'فا'],
];
const ORG_WORDS: [string, string, string][] = [['Holding', 'Холдинг', 'القابضة'], ['Bank', 'Банк', 'بنك'], ['Party', 'Партия', 'حزب'], ['Institute', 'Институт', 'معهد'], ['Front', 'Фронт', 'جبهة'], ['Energy', 'Энерджи', 'للطاقة']];
const OUTLET_WORDS = ['Times', 'Post', 'News', 'Herald', 'Daily', 'Observer', 'Courier', 'Express'];

type Forms = [string, string, string];

const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function pseudoWord(random: () => number, syllables: number): Forms {
  const forms: Forms = ['', '', ''];
  for (let i = 0; i < syllables; i += 1) {
    const [latin, cyrillic, arabic] = SYLLABLES[Math.floor(random() * SYLLABLES.length)] as Forms;
    forms[0] += latin;
    forms[1] += cyrillic;
    forms[2] += arabic;
  }
  return forms;
}

const joinForms = (a: Forms, b: Forms): Forms => [`${capitalize(a[0])} ${capitalize(b[0])}`, `${capitalize(a[1])} ${capitalize(b[1])}`, `${a[2]} ${b[2]}`];

interface Entity {
  id: string;
  type: EntityType;
  forms: Forms;
  /** Names per language (countries); otherwise the form of the language's script. */
  names?: Record<Lang, string>;
  placeId: string | null;
  country: string | null;
}

const COUNTRY_NAMES: [string, number, string[]][] = [
  ['US', 30, ['United States', 'États-Unis', 'Vereinigte Staaten', 'Estados Unidos', 'США', 'الولايات المتحدة', 'ABD']],
  ['RU', 22, ['Russia', 'Russie', 'Russland', 'Rusia', 'Россия', 'روسيا', 'Rusya']],
  ['CN', 16, ['China', 'Chine', 'China', 'China', 'Китай', 'الصين', 'Çin']],
  ['UA', 14, ['Ukraine', 'Ukraine', 'Ukraine', 'Ucrania', 'Украина', 'أوكرانيا', 'Ukrayna']],
  ['IR', 12, ['Iran', 'Iran', 'Iran', 'Irán', 'Иран', 'إيران', 'İran']],
  ['TR', 8, ['Turkey', 'Turquie', 'Türkei', 'Turquía', 'Турция', 'تركيا', 'Türkiye']],
  ['FR', 7, ['France', 'France', 'Frankreich', 'Francia', 'Франция', 'فرنسا', 'Fransa']],
  ['DE', 6, ['Germany', 'Allemagne', 'Deutschland', 'Alemania', 'Германия', 'ألمانيا', 'Almanya']],
  ['GB', 5, ['Britain', 'Royaume-Uni', 'Großbritannien', 'Reino Unido', 'Великобритания', 'بريطانيا', 'İngiltere']],
  ['IL', 4, ['Israel', 'Israël', 'Israel', 'Israel', 'Израиль', 'إسرائيل', 'İsrail']],
  ['SY', 3, ['Syria', 'Syrie', 'Syrien', 'Siria', 'Сирия', 'سوريا', 'Suriye']],
  ['AZ', 3, ['Azerbaijan', 'Azerbaïdjan', 'Aserbaidschan', 'Azerbaiyán', 'Азербайджан', 'أذربيجان', 'Azerbaycan']],
  ['AM', 2, ['Armenia', 'Arménie', 'Armenien', 'Armenia', 'Армения', 'أرمينيا', 'Ermenistan']],
  ['EG', 2, ['Egypt', 'Égypte', 'Ägypten', 'Egipto', 'Египет', 'مصر', 'Mısır']],
  ['IN', 2, ['India', 'Inde', 'Indien', 'India', 'Индия', 'الهند', 'Hindistan']],
  ['BR', 2, ['Brazil', 'Brésil', 'Brasilien', 'Brasil', 'Бразилия', 'البرازيل', 'Brezilya']],
];
const COUNTRIES: Entity[] = COUNTRY_NAMES.map(([code, , names]) => ({
  id: `place:${code}`,
  type: 'place',
  forms: [names[0] as string, names[4] as string, names[5] as string],
  names: Object.fromEntries(LANGS.map((lang, i) => [lang, names[i] as string])) as Record<Lang, string>,
  placeId: code,
  country: code,
}));
const COUNTRY_WEIGHT_TOTAL = COUNTRY_NAMES.reduce((sum, [, weight]) => sum + weight, 0);

function pickCountry(random: () => number): Entity {
  let at = random() * COUNTRY_WEIGHT_TOTAL;
  for (let i = 0; i < COUNTRY_NAMES.length; i += 1) {
    at -= (COUNTRY_NAMES[i] as [string, number, string[]])[1];
    if (at < 0) return COUNTRIES[i] as Entity;
  }
  return COUNTRIES[0] as Entity;
}

/** An index into a ranked pool, the first ranks far more frequent (as names in the news are). */
const zipfIndex = (size: number, random: () => number, skew = 2.2): number => Math.min(size - 1, Math.floor(size * random() ** skew));

/** The pool of people, places and organisations, in a shuffled frequency rank, plus the countries. */
function entityPool(): { ranked: Entity[]; people: Entity[]; places: Entity[]; actors: Entity[] } {
  const random = seededRandom(7);
  const ranked: Entity[] = [];
  const names = new Set<string>();
  const unique = (make: () => Forms): Forms => {
    for (;;) {
      const forms = make();
      if (!names.has(forms[0])) {
        names.add(forms[0]);
        return forms;
      }
    }
  };
  for (let i = 0; i < PEOPLE; i += 1) {
    const forms = unique(() => joinForms(pseudoWord(random, 2), pseudoWord(random, 2 + Math.floor(random() * 2))));
    ranked.push({ id: `person:${sha256Hex(forms[0]).slice(0, 12)}`, type: 'person', forms, placeId: null, country: null });
  }
  for (let i = 0; i < PLACES; i += 1) {
    const word = unique(() => pseudoWord(random, 2 + Math.floor(random() * 2)));
    const forms: Forms = [capitalize(word[0]), capitalize(word[1]), word[2]];
    const country = pickCountry(random).placeId;
    ranked.push({ id: `place:synthetic-${i}`, type: 'place', forms, placeId: `synthetic-${i}`, country });
  }
  for (let i = 0; i < ORGANIZATIONS; i += 1) {
    const suffix = ORG_WORDS[Math.floor(random() * ORG_WORDS.length)] as Forms;
    const forms = unique(() => {
      const word = pseudoWord(random, 2 + Math.floor(random() * 2));
      return [`${capitalize(word[0])} ${suffix[0]}`, `${capitalize(word[1])} ${suffix[1]}`, `${word[2]} ${suffix[2]}`];
    });
    ranked.push({ id: `organization:${sha256Hex(forms[0]).slice(0, 12)}`, type: 'organization', forms, placeId: null, country: null });
  }
  for (let i = ranked.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [ranked[i], ranked[j]] = [ranked[j] as Entity, ranked[i] as Entity];
  }
  return { ranked, people: ranked.filter((e) => e.type === 'person'), places: ranked.filter((e) => e.type === 'place'), actors: ranked.filter((e) => e.type !== 'place') };
}

const POOL = entityPool();

/** Another name in a text: mostly from the pool, sometimes a country. */
const otherEntity = (random: () => number): Entity => (random() < 0.25 ? pickCountry(random) : (POOL.ranked[zipfIndex(POOL.ranked.length, random)] as Entity));

function nameIn(entity: Entity, lang: Lang): string {
  return entity.names?.[lang] ?? entity.forms[KITS[lang].script];
}

/**
 * Words made up per language: event keywords (a word per concept, the
 * languages' words for it differing as translations do) and the general
 * vocabulary the template sentences lack.
 */
const wordCache = new Map<string, string>();
function madeUpWord(kind: 'keyword' | 'general', index: number, lang: Lang): string {
  const key = `${kind}:${lang}:${index}`;
  let word = wordCache.get(key);
  if (!word) {
    const random = seededRandom((kind === 'keyword' ? 1 : 2) * 7_919_000 + index * 31 + LANGS.indexOf(lang) + 1);
    word = pseudoWord(random, kind === 'keyword' ? 3 : 2 + Math.floor(random() * 3))[KITS[lang].script];
    wordCache.set(key, word);
  }
  return word;
}
const keyword = (concept: number, lang: Lang): string => madeUpWord('keyword', concept, lang);

const OUTLETS: Record<Lang, { name: string; host: string }[]> = Object.fromEntries(
  LANGS.map((lang, li) => {
    const random = seededRandom(1000 + li);
    return [
      lang,
      Array.from({ length: OUTLETS_PER_LANGUAGE }, (_, i) => {
        const word = capitalize(pseudoWord(random, 2)[0]);
        return { name: `${word} ${OUTLET_WORDS[i % OUTLET_WORDS.length]}`, host: `${word.toLowerCase()}-${i}.${lang}.example` };
      }),
    ];
  }),
) as Record<Lang, { name: string; host: string }[]>;

// ---------------------------------------------------------------- the stream

interface EventSpec {
  id: number;
  /** UTC midnight of the day the event happened, which its articles name. */
  dayMs: number;
  topic: number;
  keywords: number[];
  actor: Entity;
  place: Entity;
  actor2: Entity | null;
  country: Entity | null;
  figures: number[];
}

interface ArticleSpec {
  serial: number;
  event: EventSpec;
  lang: Lang;
  seed: number;
  publishedMs: number;
  outlet: number;
  /** Set for a reprint: the article it copies (its text, exactly or nearly). */
  copyOf: ArticleSpec | null;
  near: boolean;
}

/** A min-heap of articles by publication time. */
class ArticleQueue {
  private readonly items: ArticleSpec[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): ArticleSpec | undefined {
    return this.items[0];
  }
  private less(a: ArticleSpec, b: ArticleSpec): boolean {
    return a.publishedMs < b.publishedMs || (a.publishedMs === b.publishedMs && a.serial < b.serial);
  }
  push(item: ArticleSpec): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.less(items[i] as ArticleSpec, items[parent] as ArticleSpec)) break;
      [items[i], items[parent]] = [items[parent] as ArticleSpec, items[i] as ArticleSpec];
      i = parent;
    }
  }
  pop(): ArticleSpec | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.less(items[l] as ArticleSpec, items[m] as ArticleSpec)) m = l;
        if (r < items.length && this.less(items[r] as ArticleSpec, items[m] as ArticleSpec)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m] as ArticleSpec, items[i] as ArticleSpec];
        i = m;
      }
    }
    return top;
  }
}

const expMs = (random: () => number, meanMs: number): number => -Math.log(1 - random()) * meanMs;

function pickLanguage(random: () => number): Lang {
  let at = random();
  for (const lang of LANGS) {
    at -= KITS[lang].share;
    if (at < 0) return lang;
  }
  return 'en';
}

/** Mean event size of the heavy-tailed size law: Σ P(size ≥ k). */
const MEAN_EVENT_SIZE = Array.from({ length: MAX_EVENT_SIZE }, (_, k) => (k + 1) ** -SIZE_ALPHA).reduce((a, b) => a + b, 0);
const EVENT_GAP_MS = (MEAN_EVENT_SIZE * DAY_MS) / (ARTICLES_PER_DAY * (1 - COPY_SHARE));

/** The articles in publication order: events start at random times and their reports (and reprints of them) follow. */
function* articleStream(): Generator<ArticleSpec> {
  const random = seededRandom(2024);
  const queue = new ArticleQueue();
  let serial = 0;
  let eventId = 0;
  let nextEventMs = START_MS;
  const copyChance = COPY_SHARE / (1 - COPY_SHARE);
  for (;;) {
    const head = queue.peek();
    if (head && head.publishedMs <= nextEventMs) {
      queue.pop();
      if (!head.copyOf && random() < copyChance) {
        queue.push({
          ...head,
          serial: serial++,
          publishedMs: head.publishedMs + 600_000 + random() * 1.5 * DAY_MS,
          outlet: Math.floor(random() * OUTLETS_PER_LANGUAGE),
          copyOf: head,
          near: random() < 0.5,
        });
      }
      yield head;
      continue;
    }
    const startMs = nextEventMs;
    nextEventMs += expMs(random, EVENT_GAP_MS);
    const size = Math.min(MAX_EVENT_SIZE, Math.floor((1 - random()) ** (-1 / SIZE_ALPHA)));
    const actor = POOL.actors[zipfIndex(POOL.actors.length, random)] as Entity;
    let actor2: Entity | null = random() < 0.6 ? (POOL.actors[zipfIndex(POOL.actors.length, random)] as Entity) : null;
    if (actor2 === actor) actor2 = null;
    const event: EventSpec = {
      id: eventId++,
      dayMs: Math.floor(startMs / DAY_MS) * DAY_MS - Math.floor(random() * 2) * DAY_MS,
      topic: Math.floor(random() * KITS.en.topics.length),
      keywords: Array.from({ length: EVENT_KEYWORDS }, () => zipfIndex(KEYWORDS, random, 1.5)),
      actor,
      place: POOL.places[zipfIndex(POOL.places.length, random)] as Entity,
      actor2,
      country: random() < 0.6 ? pickCountry(random) : null,
      figures: Array.from({ length: 1 + Math.floor(random() * 2) }, () => 11 + Math.floor(random() * 989)),
    };
    const spreadMs = (size > 10 ? 2.5 : 1) * DAY_MS;
    for (let i = 0; i < size; i += 1) {
      const delay = i === 0 ? random() * 3_600_000 : Math.min(21 * DAY_MS, expMs(random, spreadMs));
      queue.push({ serial: serial++, event, lang: pickLanguage(random), seed: Math.floor(random() * 2 ** 31), publishedMs: startMs + delay, outlet: Math.floor(random() * OUTLETS_PER_LANGUAGE), copyOf: null, near: false });
    }
  }
}

// ---------------------------------------------------------------- rendering

interface Rendered {
  title: string;
  paragraphs: string[];
  mentions: (NewMention & { entity: Entity })[];
}

function renderArticle(spec: ArticleSpec): Rendered {
  const { event, lang } = spec;
  const kit = KITS[lang];
  const random = seededRandom(spec.seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)] as T;
  const day = new Date(event.dayMs);
  const mentions: Rendered['mentions'] = [];

  const slot = (name: string): Entity | string => {
    switch (name) {
      case 'A': return event.actor;
      case 'B': return event.actor2 ?? event.country ?? pickCountry(random);
      case 'P': return event.place;
      case 'C': return event.country ?? pickCountry(random);
      case 'O':
      case 'Q': return otherEntity(random);
      case 'T': return kit.topics[event.topic] as string;
      case 'K': return keyword(pick(event.keywords), lang);
      case 'N': return String(random() < 0.75 ? pick(event.figures) : 11 + Math.floor(random() * 989));
      case 'V': return pick(kit.verbs);
      case 'D': {
        // Mostly the event's day; now and then another day the text refers to.
        const when = random() < 0.85 ? day : new Date(event.dayMs + (Math.floor(random() * 60) - 30) * DAY_MS);
        return kit.day(when.getUTCDate(), kit.months[when.getUTCMonth()] as string);
      }
      default: return `{${name}}`;
    }
  };
  /** Fills a template whose text starts at `offset` in the article text, recording the names' spans. */
  const fill = (template: string, offset: number): string => {
    let out = '';
    for (const part of template.split(/(\{[A-Z]\})/u)) {
      if (!/^\{[A-Z]\}$/u.test(part)) {
        out += part;
        continue;
      }
      const value = slot(part.slice(1, 2));
      if (typeof value === 'string') out += value;
      else {
        const text = nameIn(value, lang);
        mentions.push({ entityId: value.id, start: offset + out.length, end: offset + out.length + text.length, text, evidence: ['synthetic'], entity: value });
        out += text;
      }
    }
    return out;
  };

  const title = fill(pick(kit.titles), 0);
  let offset = title.length + 2;
  const paragraphs: string[] = [];
  const paragraph = (templates: string[]): void => {
    let text = '';
    for (const template of templates) {
      if (text) text += ' ';
      text += fill(template, offset + text.length);
    }
    paragraphs.push(text);
    offset += text.length + 2;
  };
  /**
   * A sentence of general vocabulary, the event's keywords and a name or
   * two: the variety of real reporting, which a handful of template
   * sentences shared by every article of a language lacks.
   */
  const detail = (): string => {
    const length = 8 + Math.floor(random() * 9);
    const words = Array.from({ length }, () => (random() < 0.2 ? keyword(pick(event.keywords), lang) : madeUpWord('general', zipfIndex(VOCABULARY, random, 1.8), lang)));
    const names = random() < 0.6 ? 1 + Math.floor(random() * 2) : 0;
    for (let i = 0; i < names; i += 1) words.splice(1 + Math.floor(random() * words.length), 0, pick(['{A}', '{P}', '{O}', '{O}']));
    return `${capitalize(words.join(' '))}.`;
  };
  paragraph([pick(kit.leads)]);
  const count = 3 + Math.floor(random() * 8);
  for (let p = 0; p < count; p += 1) {
    const templates = Array.from({ length: 1 + Math.floor(random() * 2) }, detail);
    if (random() < 0.5) templates.splice(Math.floor(random() * (templates.length + 1)), 0, pick(kit.sentences));
    if (random() < 0.15) templates.push(pick(kit.fillers));
    paragraph(templates);
  }
  return { title, paragraphs, mentions };
}

/** A reprint: the origin's text, exactly, or without its last paragraph and with a credit line. */
function renderCopy(spec: ArticleSpec, origin: ArticleSpec): Rendered {
  const rendered = renderArticle(origin);
  if (!spec.near || rendered.paragraphs.length < 3) return rendered;
  const paragraphs = rendered.paragraphs.slice(0, -1);
  const cut = rendered.title.length + 2 + paragraphs.reduce((sum, p) => sum + p.length + 2, 0);
  const outlet = OUTLETS[origin.lang][origin.outlet] as { name: string };
  paragraphs.push(KITS[spec.lang].credit.replace('{S}', outlet.name));
  return { title: rendered.title, paragraphs, mentions: rendered.mentions.filter((m) => m.start < cut) };
}

const encoder = new TextEncoder();

interface Prepared {
  document: NewDocument;
  mentions: Rendered['mentions'];
  event: number;
}

function prepare(spec: ArticleSpec): Prepared {
  const rendered = spec.copyOf ? renderCopy(spec, spec.copyOf) : renderArticle(spec);
  const outlet = OUTLETS[spec.lang][spec.outlet] as { name: string; host: string };
  const published = new Date(spec.publishedMs).toISOString();
  // The gold event travels in the URL, for the quality check after the timed run.
  const url = `https://${outlet.host}/${published.slice(0, 10).replaceAll('-', '/')}/e${spec.event.id}-a${spec.serial}`;
  const bytes = encoder.encode([rendered.title, ...rendered.paragraphs].join('\n\n'));
  const article: Article = {
    url,
    title: rendered.title,
    paragraphs: rendered.paragraphs,
    language: spec.lang,
    published: { value: `${published.slice(0, 16)}Z`, precision: 'minute', method: 'synthetic' },
    dateline: null,
    credit: null,
    publisher: outlet.name,
    author: null,
    captions: [],
    relatedLinks: [],
    removed: [],
    opinionParagraphs: [],
  };
  const contentHash = sha256Hex(bytes);
  return {
    document: {
      id: documentId(contentHash, url),
      contentHash,
      url,
      raw: { bytes, contentType: 'text/plain', declaredCharset: 'utf-8', origin: { kind: 'url', source: url }, fetchedAt: published, hints: { url } },
      article,
      charset: 'utf-8',
      textHash: articleTextHash(article),
      pipelineVersion: PIPELINE_VERSION,
    },
    mentions: rendered.mentions,
    event: spec.event.id,
  };
}

function entityRecord(entity: Entity): NewEntity {
  const aliases: EntityAlias[] = entity.names
    ? LANGS.map((lang) => ({ alias: nameIn(entity, lang), language: lang, script: SCRIPT_CODES[KITS[lang].script], evidence: 'synthetic' }))
    : entity.forms.map((alias, s) => ({ alias, language: null, script: SCRIPT_CODES[s as Script], evidence: 'synthetic' }));
  const unique = [...new Map(aliases.map((alias) => [alias.alias, alias])).values()];
  return { id: entity.id, type: entity.type, name: entity.forms[0], placeId: entity.placeId, country: entity.country, aliases: unique, keys: [...new Set(unique.map((alias) => `alias:${alias.alias.toLowerCase()}`))] };
}

// ---------------------------------------------------------------- timing

/** Wraps the store so the time clustering spends in each store call, and the stories it loads, are known. */
function timedStore(store: ArticleStore, spent: Map<string, number>, loaded: { stories: number }): ArticleStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      return async (...args: unknown[]) => {
        const started = performance.now();
        try {
          const result = await method.apply(target, args);
          if (property === 'loadStoryWorkingSet') loaded.stories += (result as StoryWorkingSet).profiles.length;
          return result;
        } finally {
          spent.set(String(property), (spent.get(String(property)) ?? 0) + performance.now() - started);
        }
      };
    },
  });
}

const mib = (bytes: number): number => Math.round(bytes / 1024 / 1024);
const fmt = (n: number): string => n.toLocaleString('en-US');
const round = (n: number, digits = 3): number => Number(n.toFixed(digits));

interface BlockResult {
  articles: number;
  msPerArticle: number;
  storeMsPerArticle: Record<string, number>;
  /** Stories the working sets loaded, per batch on average. */
  workingSetStories: number;
  stories: number;
  rssMiB: number;
}

// ---------------------------------------------------------------- run

const store = openSqliteStore(dataDir);
const spent = new Map<string, number>();
const loaded = { stories: 0 };
const timed = timedStore(store, spent, loaded);
const progress = process.stderr.isTTY;
const savedEntities = new Set<string>();
const stream = articleStream();
const blocks: BlockResult[] = [];
let peakRss = process.memoryUsage().rss;
let done = 0;
let stories = 0;
let copies = 0;
let notNew = 0;
let generateMs = 0;
let storeMs = 0;
let clusterMs = 0;
let blockMs = 0;
let blockArticles = 0;
const started = performance.now();

console.log(`stories-scale: ${fmt(total)} synthetic articles (${Math.round(ARTICLES_PER_DAY)}/day, ${LANGS.join(' ')}, ${fmt(POOL.ranked.length + COUNTRIES.length)} entities), batches of ${BATCH}, store in ${dataDir}`);
console.log(`${'articles'.padStart(10)}   ${'ms/article'.padStart(10)}   ${'stories'.padStart(9)}   ${'RSS MiB'.padStart(7)}   ${'stories/batch'.padStart(13)}   time in store calls, ms/article`);

while (done < total) {
  const size = Math.min(BATCH, total - done);
  let t = performance.now();
  const batch: Prepared[] = [];
  for (let i = 0; i < size; i += 1) {
    const spec = stream.next().value as ArticleSpec;
    if (spec.copyOf) copies += 1;
    batch.push(prepare(spec));
  }
  const entities: NewEntity[] = [];
  for (const item of batch) {
    for (const mention of item.mentions) {
      if (savedEntities.has(mention.entityId)) continue;
      savedEntities.add(mention.entityId);
      entities.push(entityRecord(mention.entity));
    }
  }
  const documents: DocumentMentions[] = batch.map((item) => ({ documentId: item.document.id, mentions: item.mentions.map(({ entityId, start, end, text, evidence }) => ({ entityId, start, end, text, evidence })) }));
  generateMs += performance.now() - t;

  t = performance.now();
  const outcomes = await store.saveBatch(batch.map((item) => item.document));
  await store.saveEntityMentions(entities, documents);
  storeMs += performance.now() - t;

  const inputs: ArticleToCluster[] = [];
  outcomes.forEach((outcome, i) => {
    const item = batch[i] as Prepared;
    if (outcome.status === 'new') inputs.push({ documentId: outcome.id, article: item.document.article });
    else notNew += 1;
  });
  t = performance.now();
  const assignments = await clusterArticles(timed, inputs);
  const elapsed = performance.now() - t;
  clusterMs += elapsed;
  blockMs += elapsed;
  stories += assignments.filter((assignment) => assignment.created).length;
  done += size;
  blockArticles += size;
  const rss = process.memoryUsage().rss;
  peakRss = Math.max(peakRss, rss);

  if (blockArticles === BLOCK || done === total) {
    const perCall = Object.fromEntries([...spent].sort((a, b) => b[1] - a[1]).map(([name, ms]) => [name, round(ms / blockArticles)]));
    const block: BlockResult = { articles: done, msPerArticle: round(blockMs / blockArticles), storeMsPerArticle: perCall, workingSetStories: Math.round((loaded.stories * BATCH) / blockArticles), stories, rssMiB: mib(rss) };
    blocks.push(block);
    if (progress) process.stderr.write('\r\x1b[K');
    const calls = Object.entries(perCall).map(([name, ms]) => `${name} ${ms.toFixed(2)}`).join(', ');
    console.log(`${fmt(done).padStart(10)}   ${block.msPerArticle.toFixed(3).padStart(10)}   ${fmt(stories).padStart(9)}   ${String(block.rssMiB).padStart(7)}   ${fmt(block.workingSetStories).padStart(13)}   ${calls}`);
    loaded.stories = 0;
    blockMs = 0;
    blockArticles = 0;
    spent.clear();
  } else if (progress) {
    process.stderr.write(`\r\x1b[K${fmt(done)}/${fmt(total)} articles, ${(blockMs / blockArticles).toFixed(3)} ms/article in this block, ${fmt(stories)} stories`);
  }
}
const totalSeconds = (performance.now() - started) / 1000;
peakRss = Math.max(peakRss, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
const storedStories = await store.countStories({});
await store.close();

// Quality and size, read directly from the database after the timed run: a sanity check that the stream clusters like news.
const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
const members = db.prepare<[], { story_id: string; thread_id: string; url: string }>('SELECT m.story_id, s.thread_id, a.url FROM story_members m JOIN stories s ON s.id = m.story_id JOIN articles a ON a.document_id = m.document_id').all();
const duplicatesFound = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM duplicates').get()?.n ?? 0;
db.close();
const gold = new Map<string, string>();
const predicted = new Map<string, string>();
for (const member of members) {
  gold.set(member.url, /\/(e\d+)-a\d+$/u.exec(member.url)?.[1] ?? member.url);
  predicted.set(member.url, member.story_id);
}
const quality = bcubed(gold, predicted);
const threads = new Set(members.map((member) => member.thread_id)).size;
const events = new Set(gold.values()).size;
const dbMiB = mib(['', '-wal'].reduce((sum, suffix) => sum + (existsSync(join(dataDir, DATABASE_FILE + suffix)) ? statSync(join(dataDir, DATABASE_FILE + suffix)).size : 0), 0));
if (!keepDir) rmSync(dataDir, { recursive: true, force: true });

const first = blocks[0] as BlockResult;
const last = blocks.at(-1) as BlockResult;
const ratio = last.msPerArticle / first.msPerArticle;
// Clustering looks back over the stories active in the last LOOK_BACK_DAYS (see activeSince): until that much of
// the stream has passed, every batch has less history to compare with, so the first blocks are cheaper by design.
// The steady start is the first block that begins once the look-back is full; flatness is judged against it.
const lookBackArticles = Math.ceil(LOOK_BACK_DAYS * ARTICLES_PER_DAY);
const steady = blocks.find((block) => block.articles - BLOCK >= lookBackArticles) ?? first;
const steadyRatio = last.msPerArticle / steady.msPerArticle;
const flat = steadyRatio <= FLAT_LIMIT;
console.log('');
console.log(`first block ${first.msPerArticle.toFixed(3)} ms/article (look-back still filling), last block ${last.msPerArticle.toFixed(3)} ms/article: ratio ${ratio.toFixed(2)}`);
console.log(
  `steady start (block ending at ${fmt(steady.articles)}, after the ${LOOK_BACK_DAYS}-day look-back filled) ${steady.msPerArticle.toFixed(3)} ms/article: last/steady ratio ${steadyRatio.toFixed(2)} (${flat ? 'flat' : 'NOT flat'}, limit ${FLAT_LIMIT}×)`,
);
console.log(`clustering ${(clusterMs / 1000).toFixed(1)} s (${(clusterMs / total).toFixed(3)} ms/article), storing ${(storeMs / 1000).toFixed(1)} s, generating ${(generateMs / 1000).toFixed(1)} s, total ${totalSeconds.toFixed(1)} s`);
console.log(`peak memory (RSS): ${mib(peakRss)} MiB   database: ${dbMiB} MiB`);
console.log(`${fmt(storedStories)} stories (${fmt(events)} events), ${fmt(threads)} threads; ${fmt(duplicatesFound)} duplicates recorded of ${fmt(copies)} reprints generated; B-cubed against the events P ${quality.precision.toFixed(3)} R ${quality.recall.toFixed(3)} F1 ${quality.f1.toFixed(3)}`);
if (notNew > 0) console.log(`warning: ${notNew} generated articles were not stored as new`);

// Only the full run is the figure the README reports; a shorter one (bench/stories-scale.test.ts) is a check.
if (total === FULL_RUN) writeResult('stories-scale', {
  benchmark: 'stories-scale',
  articles: total,
  batch: BATCH,
  block: BLOCK,
  firstBlockMsPerArticle: first.msPerArticle,
  lastBlockMsPerArticle: last.msPerArticle,
  ratio: round(ratio, 2),
  steadyStartBlockEnd: steady.articles,
  steadyStartMsPerArticle: steady.msPerArticle,
  steadyRatio: round(steadyRatio, 2),
  flat,
  clusterSeconds: round(clusterMs / 1000, 1),
  clusterMsPerArticle: round(clusterMs / total),
  storeSeconds: round(storeMs / 1000, 1),
  generateSeconds: round(generateMs / 1000, 1),
  totalSeconds: round(totalSeconds, 1),
  peakRssMiB: mib(peakRss),
  databaseMiB: dbMiB,
  stories: storedStories,
  events,
  threads,
  reprints: copies,
  duplicates: duplicatesFound,
  bcubed: { precision: round(quality.precision), recall: round(quality.recall), f1: round(quality.f1) },
  blocks,
});
