/**
 * Keys under which names are indexed and looked up: folded (case, diacritics,
 * Arabic-script letter variants), with hyphens as spaces and dots dropped, so
 * "Saint-Pétersbourg" meets "Saint Petersbourg" and "St. Louis" meets "St Louis".
 */
import { foldForMatch } from '../lang/match-fold.js';

/**
 * The index key of a name.
 * @example searchKey('Téhéran') // 'teheran'
 */
export function searchKey(name: string): string {
  return foldForMatch(name)
    .replace(/[.\u00b7]/gu, '')
    .replace(/[-\u2010-\u2015_/]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const ARABIC_LETTER = /[\u0600-\u06ff]/u;

export function isArabicScript(key: string): boolean {
  return ARABIC_LETTER.test(key);
}

/** Conjunctions and prepositions written joined to the next word, in stripping order. */
const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ل', 'ك'];

/**
 * Forms of an Arabic-script key without its joined clitics, least stripped first:
 * the article ال, the conjunctions و/ف and the prepositions ب/ل/ك (ل + ال is
 * written لل). The caller keeps the first form that is a known name.
 * Forms shorter than three letters are left out: too many short words would become names.
 * @example arabicBareForms('والايراني') // ['الايراني', 'ايراني']
 */
export function arabicBareForms(key: string): string[] {
  const out: string[] = [];
  for (const conjunction of CONJUNCTIONS) {
    if (!key.startsWith(conjunction)) continue;
    const afterConjunction = key.slice(conjunction.length);
    for (const preposition of PREPOSITIONS) {
      if (!afterConjunction.startsWith(preposition)) continue;
      const rest = afterConjunction.slice(preposition.length);
      const forms = preposition === 'ل' && rest.startsWith('ل') ? [rest, `ا${rest}`] : [rest];
      for (const form of forms) out.push(form, ...(form.startsWith('ال') ? [form.slice(2)] : []));
    }
  }
  return [...new Set(out)].filter((form) => form !== key && [...form].length >= 3);
}
