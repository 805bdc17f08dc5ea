/**
 * Folding for matching words across spelling variants: case, Latin and Cyrillic
 * diacritics ("Mart"/"MART", "März"/"Marz"), Arabic-script letter variants
 * (أكتوبر/اكتوبر, ي/ی, ك/ک, ة/ه), harakat, tatweel and ZWNJ, Eastern Arabic and
 * Persian digits (١٠ and ۱۰ become 10). Not for display: folding loses meaning.
 */

/** Letters folded to one form beyond what case folding and mark removal do. */
const LETTER_MAP: Readonly<Record<string, string>> = {
  'ı': 'i',
  'ٱ': 'ا',
  'ى': 'ي',
  'ی': 'ي',
  'ک': 'ك',
  'ة': 'ه',
  'ہ': 'ه',
  'ھ': 'ه',
  'ە': 'ه',
  '’': "'",
  '‘': "'",
  'ʼ': "'",
  '`': "'",
};

/** Combining marks dropped: Latin/Cyrillic diacritics, Arabic harakat and Quranic marks. */
const DROPPED_MARK = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/gu;
/** Invisible characters dropped: tatweel, ZWNJ, ZWJ, direction marks, soft hyphen, BOM. */
const DROPPED_CHAR = new Set(['\u0640', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\u00ad', '\ufeff']);

/** Folded form of each BMP code unit seen so far (index = char code). */
const bmpCache: (string | undefined)[] = [];
const astralCache = new Map<string, string>();

function foldCodePoint(char: string): string {
  const cached = char.length === 1 ? bmpCache[char.charCodeAt(0)] : astralCache.get(char);
  if (cached !== undefined) return cached;
  let folded: string;
  const code = char.codePointAt(0) ?? 0;
  if (DROPPED_CHAR.has(char)) folded = '';
  else if (code >= 0x0660 && code <= 0x0669) folded = String(code - 0x0660);
  else if (code >= 0x06f0 && code <= 0x06f9) folded = String(code - 0x06f0);
  else {
    // Decompose only scripts whose marks we drop; NFD would split Hangul into jamo.
    const decomposable = code < 0x0700 || (code >= 0x1e00 && code <= 0x1fff);
    const base = decomposable ? char.normalize('NFD').replace(DROPPED_MARK, '') : char;
    folded = [...base.toLowerCase()].map((c) => LETTER_MAP[c] ?? c).join('').replace(DROPPED_MARK, '');
  }
  if (char.length === 1) bmpCache[char.charCodeAt(0)] = folded;
  else astralCache.set(char, folded);
  return folded;
}

/** Folded text plus, for each folded UTF-16 unit, the index in the original text it came from. */
export interface FoldedText {
  readonly text: string;
  /** `offsets[i]` is the original index of folded unit `i`; `offsets[text.length]` is the original length. */
  readonly offsets: Int32Array;
}

/**
 * Folds text for matching and keeps a map back to the original offsets.
 * @example foldWithOffsets('Октября').text // 'октября'
 */
export function foldWithOffsets(text: string): FoldedText {
  let out = '';
  const offsets = new Int32Array(text.length * 3 + 1);
  let length = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // ASCII fast path: most of the text in Latin-script articles.
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 96 ? "'" : text[i]!;
      offsets[length++] = i;
      i += 1;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const folded = foldCodePoint(text.slice(i, i + width));
    out += folded;
    for (let k = 0; k < folded.length; k += 1) offsets[length++] = i;
    i += width;
  }
  offsets[length] = text.length;
  return { text: out, offsets: offsets.subarray(0, length + 1) };
}

/**
 * Folds text for matching: same result for "Mart", "MART" and "mart", for
 * "أكتوبر" and "اكتوبر", for "۱۰" and "10".
 * @example foldForMatch('Şubat') // 'subat'
 */
export function foldForMatch(text: string): string {
  return foldWithOffsets(text).text;
}
