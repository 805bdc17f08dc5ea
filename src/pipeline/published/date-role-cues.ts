import { allLanguagePacks } from '../../lang/registry.js';
import type { DateRole } from './date-evidence.js';

/**
 * Words written just before a date that say which date it is ("Veröffentlicht
 * am", "Mis à jour le", "آخر تحديث"). The words come from every language pack's
 * `dates.publishedCues` and `dates.updatedCues`, merged into one matcher: a
 * page's language is not known for sure when its dates are read.
 */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A cue, then at most two short words ("am Montag,", "on Sat,"), then the date. */
function cuePattern(words: readonly string[]): RegExp {
  const alternatives = words.map(escape).sort((a, b) => b.length - a.length).join('|');
  return new RegExp(`(?<!\\p{L})(?:${alternatives})[^\\p{L}\\p{N}]{0,3}(?:\\p{L}+[^\\p{L}\\p{N}]{1,3}){0,2}$`, 'iu');
}

const PACKS = allLanguagePacks();
const MODIFIED = cuePattern(PACKS.flatMap((pack) => pack.dates.updatedCues));
const PUBLISHED = cuePattern(PACKS.flatMap((pack) => pack.dates.publishedCues));
/** How far back a cue may start: "Zuletzt aktualisiert am Montag, " fits. */
const CUE_REACH = 40;

/** The role the words just before `start` give the date written there ("unknown" without a cue). */
export function roleBefore(text: string, start: number): DateRole {
  const before = text.slice(Math.max(0, start - CUE_REACH), start);
  if (MODIFIED.test(before)) return 'modified';
  if (PUBLISHED.test(before)) return 'published';
  return 'unknown';
}
