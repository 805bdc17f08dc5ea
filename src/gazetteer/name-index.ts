/**
 * Search key → the items named so, each with the languages the name is
 * recorded in. Built once per data file; one entry per item and key however
 * many languages share the spelling.
 */
import { searchKey } from './search-key.js';
import type { NamesByLanguage } from './types.js';

export interface IndexEntry<T> {
  readonly item: T;
  readonly form: string;
  readonly languages: string[];
}

export class NameIndex<T> {
  private readonly entries = new Map<string, IndexEntry<T>[]>();

  /** Indexes every name of `names` for `item`. */
  addNames(item: T, names: NamesByLanguage): void {
    for (const [language, list] of Object.entries(names)) for (const name of list) this.add(item, name, language);
  }

  add(item: T, name: string, language: string): void {
    const key = searchKey(name);
    if (!key) return;
    let list = this.entries.get(key);
    if (!list) this.entries.set(key, (list = []));
    const existing = list.find((entry) => entry.item === item);
    if (!existing) list.push({ item, form: name, languages: [language] });
    else if (!existing.languages.includes(language)) existing.languages.push(language);
  }

  get(key: string): readonly IndexEntry<T>[] {
    return this.entries.get(key) ?? [];
  }

  get keyCount(): number {
    return this.entries.size;
  }
}
