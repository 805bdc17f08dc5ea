import { eld } from 'eld/large';

/** Enough text for a stable guess; more only costs time. */
const SAMPLE_CHARS = 3000;
/** Below this many letters the statistical guess is unreliable and a declared language is preferred. */
const MIN_LETTERS = 40;

export interface LanguageGuess {
  language: string | null;
  method: 'detected' | 'declared' | 'none';
}

/** Reduces "en-US", "ar_EG", "pt-BR" to the primary subtag the language packs use. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/**
 * Identifies the language of the article text; falls back to the language the
 * page or container declares when the text is too short to tell.
 */
export function identifyLanguage(text: string, declared: string | null | undefined): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  const declaredPrimary = primaryLanguage(declared);
  if (letters >= MIN_LETTERS) {
    const result = eld.detect(sample);
    if (result.language && result.isReliable()) return { language: result.language, method: 'detected' };
  }
  if (declaredPrimary) return { language: declaredPrimary, method: 'declared' };
  if (letters > 0) {
    const result = eld.detect(sample);
    if (result.language) return { language: result.language, method: 'detected' };
  }
  return { language: null, method: 'none' };
}
