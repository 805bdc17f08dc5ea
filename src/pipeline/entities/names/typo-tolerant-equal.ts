/**
 * Spelling-level equality that forgives one typing slip in a short name and
 * two in a long one ("Karabkh" / "Karabakh", "Mnatsakanyan" / "Mnatsakanian"),
 * after romanisation, so "Карабах" equals "Karabakh" too. It compares letters,
 * not people: "Jalali" and "Jalili" are two men one letter apart, so use it to
 * match against a known list of names, not to decide identity.
 */
import { boundedEditDistance } from './edit-distance.js';
import { romanize } from './romanize.js';

/** Letters forgiven by the length of the shorter form: none under 5 letters (Iran/Iraq), 1 up to 11, then 2. */
function typoBudget(length: number): number {
  return length < 5 ? 0 : length < 12 ? 1 : 2;
}

/** Lower-case romanisation, letters only, words single-spaced. */
export function typoForm(text: string): string {
  return romanize(text)
    .toLowerCase()
    .replace(/[^a-z]+/gu, ' ')
    .trim();
}

/**
 * Whether `a` and `b` spell the same name up to typing slips. In names of up
 * to 7 letters the first letter must agree (a slip there is rare, and
 * Putin/Rutin are different words).
 * @example typoTolerantEqual('Karabkh', 'Karabakh') // true
 * @example typoTolerantEqual('Iran', 'Iraq') // false
 */
export function typoTolerantEqual(a: string, b: string): boolean {
  const x = typoForm(a);
  const y = typoForm(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const shorter = Math.min(x.length, y.length);
  const budget = typoBudget(shorter);
  if (budget === 0 || (shorter <= 7 && x[0] !== y[0])) return false;
  return boundedEditDistance(x, y, budget) <= budget;
}
