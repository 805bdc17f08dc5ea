/**
 * Cyrillic to Latin, lower case, after BGN/PCGN for Russian with the letters of
 * Ukrainian, Belarusian, Kazakh, Kyrgyz, Tajik, Tatar, Azerbaijani (old) and
 * Serbian/Macedonian. Upper case is folded before lookup.
 */
export const CYRILLIC_LETTERS: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Ukrainian, Belarusian
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'w',
  // Kazakh, Kyrgyz, Tatar, Bashkir, Tajik, Azerbaijani Cyrillic
  ә: 'a',
  ғ: 'gh',
  қ: 'q',
  ң: 'ng',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  ҳ: 'h',
  ҷ: 'j',
  ҹ: 'j',
  җ: 'zh',
  ҝ: 'g',
  ӣ: 'i',
  ӯ: 'u',
  // Serbian, Macedonian
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'ch',
  џ: 'dzh',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
};

/** Letters written with a leading "y" at the start of a word and after a vowel or a hard/soft sign (Ереван → Yerevan, Алиев → Aliyev). */
export const CYRILLIC_IOTATED: Readonly<Record<string, string>> = {
  е: 'ye',
};

/** Letters after which an iotated letter takes its "y". */
export const CYRILLIC_VOWELS_AND_SIGNS = 'аеёиоуыэюяіїєәөұүъьй';

/** Letters only Ukrainian writes among the languages above: a word with one is read as Ukrainian (Київ → Kyiv, Харків → Kharkiv). */
export const UKRAINIAN_MARKERS = 'іїєґ';

/** Ukrainian values (national system of 2010) where they differ from the Russian ones; ї and є keep "yi"/"ye" at the start of a word. */
export const UKRAINIAN_LETTERS: Readonly<Record<string, string>> = {
  е: 'e',
  и: 'y',
  г: 'h',
  ї: 'i',
  є: 'ie',
};
