import { describe, expect, it } from 'vitest';
import { identifiableLanguages, identifyLanguage, primaryLanguage } from './identify-language.js';

const detect = (text: string, declared: string | null = null): string | null => identifyLanguage(text, declared).language;

describe('identifyLanguage: scripts that settle the language', () => {
  it.each([
    ['hy', 'Հայաստանի կառավարությունը հայտարարեց'],
    ['ka', 'საქართველოს მთავრობამ განაცხადა'],
    ['el', 'Η κυβέρνηση ανακοίνωσε νέα μέτρα'],
    ['he', 'הממשלה הודיעה על צעדים חדשים'],
    ['yi', 'דער פרעזידענט איז געקומען און האט גערעדט'],
    ['th', 'รัฐบาลประกาศมาตรการใหม่'],
    ['ko', '정부는 새로운 조치를 발표했다'],
    ['ja', '政府は新しい対策を発表した'],
    ['zh', '政府宣布了新的措施'],
    ['ta', 'அரசு புதிய நடவடிக்கைகளை அறிவித்தது'],
  ])('%s', (language, text) => {
    expect(identifyLanguage(text, null)).toMatchObject({ language, method: 'detected' });
  });

  it('trusts the script over a wrong declared language, even for one word', () => {
    expect(identifyLanguage('Երևան', 'en')).toMatchObject({ language: 'hy', method: 'detected', reason: 'script:Armn' });
  });
});

describe('identifyLanguage: Arabic script', () => {
  it.each([
    ['ar', 'قال المتحدث باسم الحكومة إن الاجتماع سيعقد غدا'],
    ['ar', 'المشاورات بين ايران وروسيا مستمرة حول ازمة قره باغ'],
    ['fa', 'سخنگوی دولت گفت که جلسه فردا برگزار می‌شود'],
    ['fa', 'این خبر در تهران منتشر شد'],
    ['ur', 'حکومت نے نئے اقدامات کا اعلان کیا ہے'],
    ['ckb', 'حکومەتی هەرێمی کوردستان ڕایگەیاند'],
    ['ps', 'د کابل ښار کې ګڼ شمېر خلک راټول شول'],
  ])('%s: %s', (language, text) => {
    expect(detect(text)).toBe(language);
  });

  it('reads Arabic written with Persian ی and ک as Arabic', () => {
    expect(detect('قال رئیس الجمهوریة الایرانیة فی اتصال هاتفی مع الرئیس الروسی')).toBe('ar');
  });
});

describe('identifyLanguage: Cyrillic script', () => {
  it.each([
    ['ru', 'Правительство объявило о новых мерах'],
    ['ru', 'Власти объявили о строительстве новой железной дороги'],
    ['uk', 'Уряд оголосив нові заходи'],
    ['uk', 'Президент заявив, що переговори тривають'],
    ['be', 'Урад абвясціў новыя меры'],
    ['kk', 'Қазақстан үкіметі жаңа шаралар туралы хабарлады'],
    ['ky', 'Өкмөт жаңы чараларды жарыялады'],
    ['mn', 'Өнөөдөр Засгийн газар шинэ шийдвэр гаргалаа'],
    ['tg', 'Ҳукумати Тоҷикистон чораҳои навро эълон кард'],
    ['sr', 'Влада Србије је објавила нове мере'],
    ['mk', 'Владата ќе ги објави новите мерки'],
    ['bg', 'Правителството обяви нови мерки в България'],
  ])('%s: %s', (language, text) => {
    expect(detect(text)).toBe(language);
  });
});

describe('identifyLanguage: Latin script', () => {
  it.each([
    ['en', 'The government announced new measures against inflation today'],
    ['sv', 'Regeringen meddelade i dag nya åtgärder mot inflationen'],
    ['pl', 'Rząd ogłosił dziś nowe środki przeciwko inflacji'],
    ['ro', 'Guvernul a anunțat astăzi noi măsuri împotriva inflației'],
    ['cs', 'Vláda dnes oznámila nová opatření proti inflaci'],
    ['hu', 'A kormány ma új intézkedéseket jelentett be az infláció ellen'],
    ['fi', 'Hallitus ilmoitti tänään uusista toimista inflaatiota vastaan'],
    ['vi', 'Chính phủ hôm nay công bố các biện pháp mới chống lạm phát'],
    ['tr', 'Hükümet bugün enflasyona karşı yeni önlemler açıkladı'],
    ['az', 'Hökumət bu gün inflyasiyaya qarşı yeni tədbirlər açıqladı'],
    ['es', 'El Gobierno anunció hoy nuevas medidas contra la inflación'],
    ['pt', 'O governo anunciou hoje novas medidas contra a inflação'],
  ])('%s: %s', (language, text) => {
    expect(detect(text)).toBe(language);
  });
});

describe('identifyLanguage: mixed and short text', () => {
  it('goes by the script with most letters on mixed-script pages', () => {
    expect(detect('أعلنت شركة Apple عن هاتف iPhone الجديد في مؤتمر صحفي اليوم')).toBe('ar');
    expect(detect('شمار مبتلایان به COVID-19 در ایران افزایش یافت')).toBe('fa');
    expect(detect('Tehran (ISNA) - President Rouhani met the ambassador of Armenia (Հայաստան) on Tuesday.')).toBe('en');
  });

  it('prefers the declared language when a Latin text is too short to tell', () => {
    expect(identifyLanguage('Roma', 'it')).toMatchObject({ language: 'it', method: 'declared' });
  });

  it('falls back to the declared language without letters, and to none without either', () => {
    expect(identifyLanguage('12:46 — 2020', 'fa-IR')).toMatchObject({ language: 'fa', method: 'declared' });
    expect(identifyLanguage('', null)).toEqual({ language: null, method: 'none' });
  });

  it('can return at least 50 languages', () => {
    expect(identifiableLanguages().length).toBeGreaterThanOrEqual(50);
  });
});

describe('primaryLanguage', () => {
  it('reduces tags to their primary subtag', () => {
    expect(primaryLanguage('en-US')).toBe('en');
    expect(primaryLanguage('ar_EG')).toBe('ar');
    expect(primaryLanguage('not a tag')).toBeNull();
    expect(primaryLanguage(undefined)).toBeNull();
  });
});
