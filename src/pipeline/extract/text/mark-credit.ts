import { foldForMatch } from '../../../lang/match-fold.js';
import { wordCount } from './line-shape.js';
import type { TextCues } from './text-cues.js';
import { assign, unassigned, type TextLine } from './text-lines.js';

/**
 * "IRNA - Islamic Republic News Agency", "ISNA - Iranian Students' News Agency",
 * "TASS – Russian News Agency": an acronym, a dash, and the agency's full name.
 */
const ACRONYM_CREDIT = /^([\p{Lu}][\p{Lu}\p{N}&.]{1,11})\s*[-–—|:]\s*(.+)$/u;
/** "Islamic Republic News Agency (IRNA)". */
const NAME_THEN_ACRONYM = /^(.{5,80}?)\s*\(([\p{Lu}][\p{Lu}\p{N}&.]{1,11})\)$/u;
/** Longest credit line in words. */
const MAX_CREDIT_WORDS = 10;

export interface CreditLine {
  acronym: string;
  name: string;
}

/** The initials of a name's capitalised words ("Islamic Republic News Agency" → "IRNA"). */
export function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

/** Words that make a name an agency's or outlet's ("Weapons of Mass Destruction (WMD)" is a section label, not a credit). */
const AGENCY_WORD = /\b(?:news|agency|press|service|wire|agence|agentur|agencia|agenzia|ag[eê]ncia|ajans[ıi]?|haber|nachrichten|noticias|notizie|информ\p{L}*|агентств\p{L}*|новост\p{L}*|агенц\p{L}*|tv|radio|times|post|herald|daily)\b|وكال|خبرگزاری|خبر|الأنباء|انباء/iu;

/** Reads a credit line when the acronym stands for the name that follows it and the name is an agency's or outlet's. */
export function parseCreditLine(text: string, agencies: ReadonlySet<string> = new Set()): CreditLine | null {
  if (wordCount(text) > MAX_CREDIT_WORDS) return null;
  const forward = ACRONYM_CREDIT.exec(text);
  const backward = forward ? null : NAME_THEN_ACRONYM.exec(text);
  const acronym = forward?.[1] ?? backward?.[2];
  const name = (forward?.[2] ?? backward?.[1])?.trim();
  if (!acronym || !name) return null;
  // The name must be an agency's, and the acronym must stand for it or be an agency the packs know ("TASS - Russian News Agency").
  if (!AGENCY_WORD.test(name)) return null;
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  return initials(name).startsWith(letters) || agencies.has(foldForMatch(acronym)) ? { acronym, name } : null;
}

/** Marks credit lines among the lines before the body starts; returns the first one found. */
export function markCredit(header: TextLine[], cues: TextCues): CreditLine | null {
  let found: CreditLine | null = null;
  for (const line of unassigned(header)) {
    const credit = parseCreditLine(line.text, cues.agencies);
    if (!credit) continue;
    assign(line, 'credit', 'credit line');
    found ??= credit;
  }
  return found;
}
