/**
 * Demonyms derived from country names where a language forms them by a regular
 * rule. Only single-word names are used, and a rule declines (returns []) when
 * the name's ending makes the form doubtful. Output is marked derived; Russian,
 * Ukrainian, German, Spanish, Italian, Portuguese, Dutch, Polish and Armenian
 * are irregular enough that no rule is applied to them.
 *
 * Run by scripts/generate-gazetteer.ts; kept in src so the rules are tested
 * here and a recogniser can apply them to names outside the data.
 */

const ZWNJ = '\u200c';

function isSingleWord(name: string): boolean {
  return !/[\s\-–]/u.test(name);
}

/**
 * Arabic nisba: stem + ي / ية (and the plurals يون، يين، يات), bare and with
 * the article. A final ال-, يا, ية or ا is dropped first (روسيا → روسي,
 * السعودية → سعودي, فرنسا → فرنسي); names ending in other vowels decline.
 * @example deriveArabic('إيران') // ['إيراني', 'إيرانية', …, 'الإيراني', 'الإيرانية', …]
 */
export function deriveArabic(name: string): string[] {
  if (!isSingleWord(name)) return [];
  let stem = name.startsWith('ال') && name.length > 4 ? name.slice(2) : name;
  if (stem.endsWith('يا') || stem.endsWith('ية')) stem = stem.slice(0, -2);
  else if (stem.endsWith('ا')) stem = stem.slice(0, -1);
  else if (/[وىيهةءئؤآ]$/u.test(stem)) return [];
  if ([...stem].length < 2) return [];
  const forms = ['ي', 'ية', 'يون', 'يين', 'يات'].map((suffix) => stem + suffix);
  return [...forms, ...forms.map((form) => `ال${form}`)];
}

/**
 * Persian: + ی (ایران → ایرانی); a final یه drops its ه (روسیه → روسی) and
 * any final silent ه takes ‌ای (روسیه‌ای, کره‌ای); a final ا or و takes یی
 * (آمریکایی). Plurals in ‌ها, and in ان after ی.
 * @example derivePersian('ایران') // ['ایرانی', 'ایرانی‌ها', 'ایرانیان']
 */
export function derivePersian(name: string): string[] {
  if (!isSingleWord(name)) return [];
  let forms: string[];
  if (/[یي]ه$/u.test(name)) forms = [name.slice(0, -1), `${name}${ZWNJ}ای`];
  else if (name.endsWith('ه')) forms = [`${name}${ZWNJ}ای`];
  else if (/[اوآ]$/u.test(name)) forms = [`${name}یی`];
  else if (/[یيئ]$/u.test(name)) return [];
  else forms = [`${name}ی`];
  return forms.flatMap((form) => [form, `${form}${ZWNJ}ها`, ...(form.endsWith('ای') ? [] : [`${form}ان`])]);
}

/**
 * Urdu: + ی after a consonant (ایران → ایرانی), a final ہ replaced
 * (امریکہ → امریکی); other vowel endings decline, and so does یہ, whose
 * demonyms are irregular (برطانیہ → برطانوی).
 * @example deriveUrdu('ایران') // ['ایرانی']
 */
export function deriveUrdu(name: string): string[] {
  if (!isSingleWord(name)) return [];
  if (/[یي][ہه]$/u.test(name)) return [];
  if (/[ہه]$/u.test(name)) return [`${name.slice(0, -1)}ی`];
  if (/[اوےیيئ]$/u.test(name)) return [];
  return [`${name}ی`];
}

const TURKIC_SUFFIX: Readonly<Record<string, string>> = {
  a: 'lı', ı: 'lı', â: 'lı',
  e: 'li', i: 'li', î: 'li', ə: 'li',
  o: 'lu', u: 'lu', û: 'lu',
  ö: 'lü', ü: 'lü',
};

/**
 * Turkish and Azerbaijani: + -lı/-li/-lu/-lü by vowel harmony (İran → İranlı,
 * Suriye → Suriyeli), and its plural. Acronyms (ABD) decline: they take an apostrophe.
 * @example deriveTurkic('İran', 'tr') // ['İranlı', 'İranlılar']
 */
export function deriveTurkic(name: string, language: 'tr' | 'az'): string[] {
  if (!isSingleWord(name) || name === name.toLocaleUpperCase(language)) return [];
  const vowels = name.toLocaleLowerCase(language).match(/[aâeəıiîoöuûü]/gu);
  const suffix = TURKIC_SUFFIX[vowels?.at(-1) ?? ''];
  if (!suffix) return [];
  const back = suffix === 'lı' || suffix === 'lu';
  const plural = back ? 'lar' : language === 'az' ? 'lər' : 'ler';
  return [name + suffix, name + suffix + plural];
}

/**
 * English plural of a stated demonym ending in -n or -i (Iranians, Iraqis);
 * others (Chinese, Swiss, French) have none.
 * @example deriveEnglishPlural('Iranian') // ['Iranians']
 */
export function deriveEnglishPlural(demonym: string): string[] {
  return /[a-z](n|i)$/u.test(demonym) ? [`${demonym}s`] : [];
}

/**
 * French plural of a stated demonym: + s unless it ends in s or x.
 * @example deriveFrenchPlural('Iranienne') // ['Iraniennes']
 */
export function deriveFrenchPlural(demonym: string): string[] {
  return /[sx]$/u.test(demonym) ? [] : [`${demonym}s`];
}

/** Rules that derive demonyms from a country name in the same language. */
export const NAME_RULES: Readonly<Record<string, (name: string) => string[]>> = {
  ar: deriveArabic,
  fa: derivePersian,
  ur: deriveUrdu,
  tr: (name) => deriveTurkic(name, 'tr'),
  az: (name) => deriveTurkic(name, 'az'),
};

/** Rules that derive forms from a stated demonym in the same language. */
export const DEMONYM_RULES: Readonly<Record<string, (demonym: string) => string[]>> = {
  en: deriveEnglishPlural,
  fr: deriveFrenchPlural,
};
