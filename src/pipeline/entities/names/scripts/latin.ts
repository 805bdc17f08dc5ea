/**
 * Latin letters that Unicode decomposition does not fold to ASCII, or folds
 * to the wrong thing for names in the news. Letters not listed here are folded
 * by canonical decomposition (é → e, ñ → n) when the char table is built.
 *
 * Choices: Azerbaijani ə is "a" (Əliyev → Aliyev, the press spelling; the key
 * drops vowels, so Eliyev meets it there); Turkish/Azerbaijani ş ç are "sh" "ch"
 * (wrong for French ç, right for the names this project reads most); Romanian
 * ș ț, Czech/Baltic š č ž follow their sounds.
 */
export const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ə: 'a',
  ı: 'i',
  ł: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'dj',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
  ŋ: 'ng',
  ſ: 's',
  ƒ: 'f',
  ʒ: 'zh',
  ɛ: 'e',
  ɔ: 'o',
  ĸ: 'q',
  ş: 'sh',
  ș: 'sh',
  š: 'sh',
  ś: 's',
  ç: 'ch',
  č: 'ch',
  ć: 'ch',
  ț: 'ts',
  ž: 'zh',
  ż: 'zh',
  ź: 'z',
  ğ: 'g',
  ǧ: 'j',
  ŀ: 'l',
};

/** Apostrophe-like marks kept inside words as "'" (ayn, hamza, Uzbek okina, typographic quotes). */
export const LATIN_APOSTROPHES = "'’‘ʼʻʿʾ`´";

/**
 * Letters only Turkish and Azerbaijani write. A word with one of them is read
 * with their values of c (j: Gəncə → Ganja) and x (kh: Xankəndi → Khankandi).
 */
export const LATIN_TURKIC = 'əƏıİğĞşŞ';

/** Letters Turkish and Azerbaijani read differently from English. */
export const LATIN_TURKIC_LETTERS: Readonly<Record<string, string>> = { c: 'j', x: 'kh' };
