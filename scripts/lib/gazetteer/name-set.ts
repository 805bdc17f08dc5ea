/**
 * Names of one place per language, in source-priority order, without forms
 * that fold to one already kept (إيران and ايران are one entry).
 */
import { foldForMatch } from '../../../src/lang/match-fold.js';
import { PLACE_LANGUAGES } from './languages.js';

/** Output order of language keys: English, the place languages, the rest A–Z, "und" last. */
function languageRank(language: string): number {
  if (language === 'en') return -1;
  if (language === 'und') return Number.MAX_SAFE_INTEGER;
  const index = PLACE_LANGUAGES.indexOf(language);
  return index >= 0 ? index : PLACE_LANGUAGES.length;
}

export function compareLanguages(a: string, b: string): number {
  return languageRank(a) - languageRank(b) || a.localeCompare(b, 'en');
}

export class NameSet {
  private readonly byLanguage = new Map<string, { names: string[]; folded: Set<string> }>();

  add(language: string, names: Iterable<string>): void {
    let entry = this.byLanguage.get(language);
    for (const name of names) {
      const folded = foldForMatch(name);
      if (!folded.trim()) continue;
      if (!entry) {
        entry = { names: [], folded: new Set() };
        this.byLanguage.set(language, entry);
      }
      if (entry.folded.has(folded)) continue;
      entry.folded.add(folded);
      entry.names.push(name);
    }
  }

  /** True when any language already has a name folding like `name`. */
  hasAnywhere(name: string): boolean {
    const folded = foldForMatch(name);
    for (const entry of this.byLanguage.values()) if (entry.folded.has(folded)) return true;
    return false;
  }

  get(language: string): readonly string[] {
    return this.byLanguage.get(language)?.names ?? [];
  }

  get size(): number {
    return this.byLanguage.size;
  }

  /** Plain object with language keys in a stable order. */
  toJSON(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const language of [...this.byLanguage.keys()].sort(compareLanguages)) out[language] = this.byLanguage.get(language)!.names;
    return out;
  }
}
