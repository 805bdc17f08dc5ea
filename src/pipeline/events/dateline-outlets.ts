/**
 * Outlet tags in a dateline ("Tehran (IP) -", "Moscow, Oct 10, IRNA --", "ТЕГЕРАН, 10 октября. /ТАСС/.")
 * name who filed the report, not anyone taking part in it; the entity stage still finds them as
 * organisations, so the event extractor drops them before reading roles.
 *
 * A mention is an outlet tag when it stands at the start of a paragraph after nothing but a dateline
 * (places, a date, punctuation: a few words, no other name) and is either one of the pack's agencies
 * (`cues.agencies`) or a short all-caps token written in brackets or slashes or right before the dash.
 */
import type { EntityMention } from '../../core/entity.js';
import { foldToken } from './article-view.js';

/** Longest dateline before an outlet tag, in characters ("Moscow, Oct 10, " … "TEHRAN, Oct. 10 "). */
const DATELINE_CHARS = 48;
/** Most words a dateline holds before the tag (city, day, month, year, perhaps a region). */
const DATELINE_WORDS = 6;
/** Letters an abbreviation of an outlet has at most ("IP", "AA", "IRNA", "ANSAmed"'s "ANSA"). */
const TAG_LETTERS = 6;
const WORD = /[\p{L}\p{N}]+/gu;
const ABBREVIATION = new RegExp(`^[\\p{Lu}]{2,${TAG_LETTERS}}$`, 'u');
/** What closes a dateline after the tag: a bracket or slash, then a dash, a colon or a full stop. */
const CLOSED_BY_DASH = /^[)/]?\s*(?:-|—|–|:)/u;

function paragraphStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Whether the text before a mention, from its paragraph's start, is a dateline: short, and naming only places. */
function afterDateline(text: string, mention: EntityMention, mentions: readonly EntityMention[]): boolean {
  const start = paragraphStart(text, mention.start);
  if (mention.start - start > DATELINE_CHARS) return false;
  if ((text.slice(start, mention.start).match(WORD) ?? []).length > DATELINE_WORDS) return false;
  return !mentions.some((other) => other !== mention && other.start >= start && other.end <= mention.start && other.type !== 'place');
}

function isOutletTag(text: string, mention: EntityMention, agencies: ReadonlySet<string>): boolean {
  const bracketed = /[(/]/u.test(text[mention.start - 1] ?? '') && /[)/]/u.test(text[mention.end] ?? '');
  const beforeDash = CLOSED_BY_DASH.test(text.slice(mention.end, mention.end + 4));
  if (!bracketed && !beforeDash) return false;
  return agencies.has(foldToken(mention.text)) || ABBREVIATION.test(mention.text);
}

/**
 * The mentions without the outlet tags of datelines.
 * @example withoutDatelineOutlets('Tehran (IP) - Iranian President Hassan Rouhani…', [tehran, ip, rouhani], new Set(['irna']))
 *   // [tehran, rouhani]
 */
export function withoutDatelineOutlets(text: string, mentions: readonly EntityMention[], agencies: ReadonlySet<string>): EntityMention[] {
  return mentions.filter((mention) => !(isOutletTag(text, mention, agencies) && afterDateline(text, mention, mentions)));
}
