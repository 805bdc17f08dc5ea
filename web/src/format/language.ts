/** Language and script names for people, and the writing direction of a language. */

/** Languages written right to left (BCP-47 primary subtags), including those of scripts newsloom reads. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'ckb', 'sd', 'ug', 'yi', 'dv', 'syr', 'arc']);

/** Scripts written right to left (ISO 15924). */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg']);

function primarySubtag(language: string): string {
  return language.split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/** True when text in this language is written right to left ("ar", "fa-IR", "ur"). */
export function isRightToLeft(language: string | null | undefined): boolean {
  if (!language) return false;
  if (RIGHT_TO_LEFT.has(language)) return true;
  const script = language.split(/[-_]/).find((part) => part.length === 4);
  if (script) return RIGHT_TO_LEFT_SCRIPTS.has(script[0]!.toUpperCase() + script.slice(1).toLowerCase());
  return RIGHT_TO_LEFT.has(primarySubtag(language));
}

/**
 * The `dir` attribute for text in a language: "rtl" when the language is known to be written right to left
 * (so a paragraph that opens with a Latin name or a number still reads right to left), "auto" otherwise
 * (the browser decides from the first strong character, which also covers a wrongly detected language).
 */
export function textDirection(language: string | null | undefined): 'rtl' | 'auto' {
  return isRightToLeft(language) ? 'rtl' : 'auto';
}

export function isRightToLeftScript(script: string | null | undefined): boolean {
  return !!script && RIGHT_TO_LEFT_SCRIPTS.has(script);
}

const languageNames = safeDisplayNames('language');
const scriptNames = safeDisplayNames('script');

function safeDisplayNames(type: 'language' | 'script'): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames(['en'], { type, fallback: 'code' });
  } catch {
    return null;
  }
}

/** "Arabic" for "ar"; the code itself when the browser has no name for it; "unknown language" for null. */
export function languageName(code: string | null | undefined): string {
  if (!code || code === 'und') return 'unknown language';
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Arabic" for "Arab", "Cyrillic" for "Cyrl". */
export function scriptName(code: string | null | undefined): string {
  if (!code) return 'unknown script';
  try {
    return scriptNames?.of(code) ?? code;
  } catch {
    return code;
  }
}
