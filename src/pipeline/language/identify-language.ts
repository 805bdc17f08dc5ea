/**
 * Language identification for article text: the script first where it settles
 * the language (Armenian is hy, Georgian ka, Hangul ko…), letters and function
 * words within Arabic and Cyrillic script, eld's n-grams (restricted to the
 * script's languages) for the rest, and the page's declared language when the
 * text is too short to tell.
 */
import { arabicScriptLanguage } from './arabic-script-language.js';
import { cyrillicLanguage } from './cyrillic-language.js';
import { scriptProfile } from './script-profile.js';
import type { Script, ScriptProfile } from './script-profile.js';
import { statisticalLanguage, statisticalLanguages } from './statistical-language.js';
import type { LetterRuleGuess } from './word-evidence.js';

/** Enough text for a stable guess; more only costs time. */
const SAMPLE_CHARS = 3000;
/** Below this many letters the n-gram guess is unreliable and a declared language is preferred. */
const MIN_LETTERS = 40;

export interface LanguageGuess {
  language: string | null;
  method: 'detected' | 'declared' | 'none';
  /** What decided, for tracing: "script:Armn", "letters:fa", "eld", "declared". */
  reason?: string;
}

/** Scripts used by one language only (here). */
const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  Armn: 'hy', Geor: 'ka', Grek: 'el', Thai: 'th', Laoo: 'lo', Khmr: 'km', Hang: 'ko', Kana: 'ja', Hani: 'zh',
  Sinh: 'si', Mymr: 'my', Ethi: 'am', Tibt: 'bo', Thaa: 'dv', Guru: 'pa', Gujr: 'gu', Orya: 'or', Taml: 'ta',
  Telu: 'te', Knda: 'kn', Mlym: 'ml', Mong: 'mn',
};

/** Yiddish ligatures and function words that Hebrew does not use. */
const YIDDISH = /[װױײ]|(?:^|\s)(?:און|פֿון|ניט|נישט|זיך|דער|איז)(?=\s|$)/u;
/** ৰ and ৱ are Assamese letters; Bengali has neither. */
const ASSAMESE = /[ৰৱ]/u;

/** Every language `identifyLanguage` can return (besides a declared one). */
export function identifiableLanguages(): string[] {
  const byRules = [...Object.values(SCRIPT_LANGUAGE), 'he', 'yi', 'bn', 'as', 'ar', 'fa', 'ur', 'ckb', 'ps', 'sd', 'ug', 'ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn'];
  return [...new Set([...byRules, ...statisticalLanguages()])].sort();
}

/** Reduces "en-US", "ar_EG", "pt-BR" to the primary subtag the language packs use. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** A language the script or its letters settle, whatever the text's length. */
function byScript(sample: string, profile: ScriptProfile): LetterRuleGuess | null {
  const script = profile.dominant;
  if (!script) return null;
  const only = SCRIPT_LANGUAGE[script];
  if (only) return { language: only, reason: `script:${script}` };
  if (script === 'Hebr') return YIDDISH.test(sample) ? { language: 'yi', reason: 'letters:yi' } : { language: 'he', reason: 'script:Hebr' };
  if (script === 'Beng') return { language: ASSAMESE.test(sample) ? 'as' : 'bn', reason: 'script:Beng' };
  if (script === 'Arab') return arabicScriptLanguage(sample);
  if (script === 'Cyrl') return cyrillicLanguage(sample);
  return null;
}

/**
 * Identifies the language of the article text; falls back to the language the
 * page or container declares when the text is too short to tell.
 * @example identifyLanguage('Հայաստանի կառավարությունը հայտարարեց', null) // { language: 'hy', method: 'detected', reason: 'script:Armn' }
 */
export function identifyLanguage(text: string, declared: string | null | undefined): LanguageGuess {
  const sample = text.slice(0, SAMPLE_CHARS);
  const profile = scriptProfile(sample);
  const declaredPrimary = primaryLanguage(declared);
  if (profile.letters === 0 || !profile.dominant) {
    return declaredPrimary ? { language: declaredPrimary, method: 'declared', reason: 'declared' } : { language: null, method: 'none' };
  }
  const settled = byScript(sample, profile);
  if (settled) return { language: settled.language, method: 'detected', reason: settled.reason };
  const statistical = statisticalLanguage(sample, profile.dominant);
  if (statistical && profile.letters >= MIN_LETTERS && statistical.reliable) return { language: statistical.language, method: 'detected', reason: 'eld' };
  if (declaredPrimary) return { language: declaredPrimary, method: 'declared', reason: 'declared' };
  if (statistical) return { language: statistical.language, method: 'detected', reason: 'eld' };
  return { language: null, method: 'none' };
}
