/**
 * Arabic script (Arabic, Persian, Urdu, Kurdish, Pashto letters) to Latin, lower
 * case. The letter classes are chosen to survive vowel loss and the habits of
 * other scripts: ق q, غ gh, خ kh, ح h, ث th, ذ z (Persian sound, and how Arabic
 * writes a foreign z: أذربيجان), ض d, ظ z. Vowel letters (ا و ي ه ة ع) and the
 * harakat are decided in context by read-arabic-script.ts; the values here are
 * their defaults.
 */
export const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  ء: "'",
  آ: 'a',
  أ: 'a',
  ؤ: "'",
  إ: 'i',
  ئ: "'",
  ا: 'a',
  ٱ: 'a',
  ب: 'b',
  ة: 'a',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'z',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: "'",
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  و: 'w',
  ى: 'i',
  ي: 'y',
  // Persian
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  ک: 'k',
  گ: 'g',
  ی: 'y',
  ۀ: 'e',
  // Urdu
  ٹ: 't',
  ڈ: 'd',
  ڑ: 'r',
  ں: 'n',
  ھ: 'h',
  ہ: 'h',
  ۃ: 'a',
  ے: 'e',
  ۓ: 'e',
  // Kurdish, Maghrebi, Pashto
  ڤ: 'v',
  ڥ: 'v',
  ڨ: 'g',
  ڭ: 'g',
  ڕ: 'r',
  ڵ: 'l',
  ۆ: 'o',
  ێ: 'e',
  ە: 'e',
  ۇ: 'u',
  ۋ: 'v',
  ې: 'e',
  ټ: 't',
  ډ: 'd',
  ړ: 'r',
  ږ: 'zh',
  ښ: 'sh',
  ځ: 'dz',
  څ: 'ts',
  ګ: 'g',
  ڼ: 'n',
};

/** Harakat and other marks: the short vowels they write, or nothing. */
export const ARABIC_MARKS: Readonly<Record<string, string>> = {
  '\u064b': '', // fathatan
  '\u064c': '', // dammatan
  '\u064d': '', // kasratan
  '\u064e': 'a', // fatha
  '\u064f': 'u', // damma
  '\u0650': 'i', // kasra
  '\u0651': '', // shadda: doubling, which keys collapse anyway
  '\u0652': '', // sukun
  '\u0653': '',
  '\u0654': '',
  '\u0655': '',
  '\u0670': 'a', // superscript alef
};

/** Letters that are long vowels or glides, decided in context. */
export const ARABIC_ALEFS = 'اأإآٱ';
export const ARABIC_WAWS = 'و';
export const ARABIC_YEHS = 'يیى';
export const ARABIC_HEHS = 'هہ';
export const ARABIC_AYN = 'ع';

/** Arabic-script punctuation and digits, for romanize's output. */
export const ARABIC_PUNCTUATION: Readonly<Record<string, string>> = {
  '،': ',',
  '؛': ';',
  '؟': '?',
  '٪': '%',
  '٫': '.',
  '٬': ',',
  '۔': '.',
};
