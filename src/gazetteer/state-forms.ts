/**
 * What a country's official name adds to its common name: the state form.
 * "Islamic Republic of Iran" minus "Iran" is "Islamic Republic"; "جمهورية
 * إيران الإسلامية" minus "إيران" leaves جمهورية and الإسلامية. News uses these
 * alone for the country ("the Islamic Republic", "الجمهورية الاسلامية
 * الايرانية"), and a phrase is shared by several countries (Iran, Pakistan,
 * Afghanistan, Mauritania), so the caller decides by the document.
 * Computed from the country records on first use; no list is typed by hand.
 */
import { searchKey } from './search-key.js';
import type { CountryRecord } from './types.js';

export interface StateForms {
  /** Phrase key ("islamic republic") → countries whose official name has it. */
  readonly phrases: ReadonlyMap<string, readonly string[]>;
  /** Every word a state form is made of, keyed like names (جمهوريه, الاسلاميه, islamic). */
  readonly words: ReadonlySet<string>;
  /** Words an official name opens with before the country's own (جمهوريه, مملكه, republic). */
  readonly heads: ReadonlySet<string>;
}

/** Edge words this short are connectors (of, the, de, d', du, del), not part of the form. */
const CONNECTOR_LENGTH = 3;

const wordsOf = (name: string): string[] => searchKey(name).split(/[\s'’]+/u).filter(Boolean);

/** The key a state form is indexed under: folded words, apostrophes as spaces ("People's Republic" → "people s republic"). */
export function stateFormKey(phrase: string): string {
  return wordsOf(phrase).join(' ');
}

function indexOfRun(words: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= words.length; i += 1) if (run.every((word, k) => words[i + k] === word)) return i;
  return -1;
}

function trimConnectors(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end && [...words[start]!].length <= CONNECTOR_LENGTH) start += 1;
  while (end > start && [...words[end - 1]!].length <= CONNECTOR_LENGTH) end -= 1;
  return words.slice(start, end);
}

export function buildStateForms(records: Iterable<CountryRecord>): StateForms {
  const phrases = new Map<string, Set<string>>();
  const words = new Set<string>();
  const heads = new Set<string>();
  for (const record of records) {
    for (const names of Object.values(record.names)) {
      const split = names.map(wordsOf);
      for (const official of split) {
        for (const common of split) {
          if (common.length === 0 || common.length >= official.length) continue;
          const at = indexOfRun(official, common);
          if (at < 0) continue;
          const before = trimConnectors(official.slice(0, at));
          const form = [...before, ...trimConnectors(official.slice(at + common.length))];
          if (!form.some((word) => [...word].length > CONNECTOR_LENGTH)) continue;
          const key = form.join(' ');
          phrases.set(key, (phrases.get(key) ?? new Set()).add(record.code));
          for (const word of form) words.add(word);
          if (before[0] && at > 0) heads.add(before[0]);
        }
      }
    }
  }
  return { phrases: new Map([...phrases].map(([key, codes]) => [key, [...codes].sort()])), words, heads };
}
