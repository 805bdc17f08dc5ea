/**
 * Which entity mentions can take part in an event, and what role the words around each give it:
 * people, organisations and countries (also as demonyms) can act; cities and regions are places
 * unless a city stands as a subject ("Moscow welcomes…"). A country written as part of a person's
 * title ("Iranian President Hassan Rouhani", "President Ilham Aliyev of Azerbaijan") only says who
 * the person is, so it is a modifier, not a party; where adjectives follow their noun, a nationality
 * right after a noun is that noun's adjective ("الوساطة الروسية": the Russian mediation).
 */
import type { EntityMention } from '../../core/entity.js';
import type { EventParticipant } from '../../core/event.js';
import { placeById } from '../../gazetteer/index.js';
import { firstMentionFrom, foldToken, mentionCovering, type ArticleView, type PlacedMention } from './article-view.js';
import type { AfterRole, MarkerTag } from './event-lexicon.js';

export type CandidateRole = AfterRole;

export interface Candidate extends PlacedMention {
  /** 'party': a person, organisation or country; 'location': a city, region or other place. */
  category: 'party' | 'location';
  /** A country named only to qualify the person or organisation next to it. */
  modifier: boolean;
  /** A nationality used as the adjective of the noun before it (languages whose adjectives follow the noun). */
  attributive: boolean;
  /** A city (a gazetteer city id): the only kind of place that may stand for its government as a subject. */
  city: boolean;
  /** The role a preposition or postposition gives it, null when none governs it. */
  role: CandidateRole | null;
  participant: EventParticipant;
}

/** Words that may stand between a qualifying country and the person it qualifies ("Foreign Minister of", "لدى"). */
const MAX_MODIFIER_GAP_WORDS = 3;
/** Short function words ("of", "de", "du", "لدى") may stand in a title; longer words are content words that break it. */
const MAX_LINK_WORD_LENGTH = 3;
/** Words looked back over to find the preposition that governs a name ("with his Russian counterpart Vladimir Putin"). */
const MAX_MARKER_LOOKBACK_WORDS = 4;
const COMMAS = new Set([',', '،']);
const ROLE_TAGS: readonly MarkerTag[] = ['counterpart', 'between', 'agent', 'place', 'according', 'genitive'];

const isCountryId = (id: string | undefined): boolean => id !== undefined && /^[A-Z]{2}$/u.test(id);
const isCityId = (id: string | undefined): boolean => id !== undefined && /^\d+$/u.test(id);

function participantOf(entry: PlacedMention): EventParticipant {
  const { mention } = entry;
  const span = { text: mention.text, start: mention.start, end: mention.end };
  if (mention.demonym && mention.country) {
    const country = placeById(mention.country);
    return { name: country?.name ?? mention.name, type: 'place', placeId: mention.country, span, mention, link: 'name' };
  }
  const participant: EventParticipant = { name: mention.name, type: mention.type, span, mention, link: 'name' };
  if (mention.placeId) participant.placeId = mention.placeId;
  return participant;
}

function categoryOf(mention: EntityMention): Candidate['category'] | null {
  if (mention.type === 'person' || mention.type === 'organization') return 'party';
  if (mention.type !== 'place') return null;
  if (mention.demonym && mention.country) return 'party';
  return isCountryId(mention.placeId) ? 'party' : 'location';
}

const inPlaceMention = (view: ArticleView, token: number): boolean => mentionCovering(view, token)?.mention.type === 'place';

/** Whether tokens [from, to) hold only commas, title words, places and short link words ("Foreign Minister of Armenia,"). */
export function titleGap(view: ArticleView, from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i += 1) {
    const token = view.tokens[i]!;
    if (!token.word) {
      // An abbreviation's dot ("Dr. Hassan Rouhani") belongs to the title.
      if (!COMMAS.has(token.text) && !(token.text === '.' && view.tokens[i - 1]?.end === token.start)) return false;
      continue;
    }
    const role = view.roleAt.get(i);
    if (role) {
      i = role.end - 1;
      continue;
    }
    if (inPlaceMention(view, i)) continue;
    words += 1;
    if (words > MAX_MODIFIER_GAP_WORDS || view.folded[i]!.length > MAX_LINK_WORD_LENGTH) return false;
  }
  return true;
}

function isModifier(view: ArticleView, entry: PlacedMention, index: number): boolean {
  const { mention } = entry;
  if (mention.type !== 'place' || !(mention.demonym || isCountryId(mention.placeId))) return false;
  const qualifies = (other: PlacedMention | undefined): boolean => other !== undefined && (other.mention.type === 'person' || other.mention.type === 'organization');
  // The qualified name follows ("Iranian President Hassan Rouhani", "السفير الايراني لدى موسكو كاظم جلالي")…
  for (let j = index + 1; j < view.mentions.length; j += 1) {
    const next = view.mentions[j]!;
    if (next.firstToken < entry.endToken) continue;
    if (qualifies(next)) {
      if (!titleGap(view, entry.endToken, next.firstToken)) break;
      // After a comma the name is an apposition to a title that ends with the country ("Foreign Minister of Armenia,
      // Zohrab Mnatsakanyan"); "to Armenia, Foreign Minister Zarif said" starts another phrase.
      const gap = view.folded.slice(entry.endToken, next.firstToken);
      if (!gap.some((token) => COMMAS.has(token))) return true;
      if (gap.length === 1 && (roleEndingAt(view, entry.firstToken - 1) !== null || roleEndingAt(view, entry.firstToken - 2) !== null)) return true;
      break;
    }
    if (next.mention.type !== 'place' || next.firstToken - entry.endToken > MAX_MODIFIER_GAP_WORDS + 2) break;
  }
  // …or precedes it ("President Ilham Aliyev of Azerbaijan"; with a comma only as an apposition with a title:
  // "Arkady Veresov, foreign minister of Russia," / "آرکادی ورسوف، وزیر امور خارجه روسیه").
  const previous = view.mentions[index - 1];
  if (!qualifies(previous) || previous!.endToken > entry.firstToken || !titleGap(view, previous!.endToken, entry.firstToken)) return false;
  const between = view.folded.slice(previous!.endToken, entry.firstToken);
  if (between.some((_, i) => view.roleAt.has(previous!.endToken + i))) return true;
  // Without a title between, only "of" joins them ("Aliyev of Azerbaijan"; "Araqchi to Azerbaijan" is no title).
  return between.length === 1 && (view.markerAt.get(previous!.endToken)?.value.includes('genitive') ?? false);
}

/** A nationality right after a noun, where adjectives follow nouns: "بالوساطة الروسية", "سفیر ایرانی". */
function isAttributive(view: ArticleView, entry: PlacedMention, modifier: boolean): boolean {
  if (!view.lexicon.vocabulary.modifiersFollowNoun || modifier || !entry.mention.demonym) return false;
  const before = entry.firstToken - 1;
  const token = view.tokens[before];
  if (!token?.word || view.roleAt.has(before)) return false;
  return mentionCovering(view, before)?.endToken !== entry.firstToken;
}

function afterRole(view: ArticleView, entry: PlacedMention): CandidateRole | null {
  const tokenEnd = view.tokens[entry.endToken - 1]?.end ?? entry.mention.end;
  if (tokenEnd > entry.mention.end) {
    const glued = view.lexicon.afterSuffixes.get(foldToken(view.text.slice(entry.mention.end, tokenEnd)));
    if (glued) return glued;
  }
  return view.lexicon.afterWords.get(view.folded[entry.endToken] ?? '') ?? null;
}

/** A marker phrase whose last token is `token`. */
export function markerEndingAt(view: ArticleView, token: number): { start: number; value: MarkerTag[] } | null {
  for (let start = token; start >= Math.max(0, token - 3); start -= 1) {
    const match = view.markerAt.get(start);
    if (match && match.end === token + 1) return { start, value: match.value };
  }
  return null;
}

/** The first token of a role phrase ending at `token`, or null. */
export function roleEndingAt(view: ArticleView, token: number): number | null {
  for (let start = token; start >= Math.max(0, token - 3); start -= 1) {
    const match = view.roleAt.get(start);
    if (match && match.end === token + 1) return start;
  }
  return null;
}

export interface RoleLookup {
  /** The party or place (not a modifier) covering a token, already given its role. */
  partyAt: (token: number) => { role: CandidateRole | null; category: Candidate['category'] } | undefined;
  /** Whether a token belongs to a modifier (a country inside a title). */
  transparentAt: (token: number) => boolean;
}

/**
 * The preposition governing a name, looked for back over titles, demonyms and a few words; a glued
 * prefix counts too ("وروسيا", "d'Iran"). A name coordinated with an earlier one ("with Armenia and
 * Azerbaijan", "to Azerbaijan, Russia") shares its role. A comma ends the search unless it closes a
 * title ("Foreign Minister of Armenia, Zohrab Mnatsakanyan"), and "of" after a title stays in it.
 */
export function roleBefore(
  view: ArticleView,
  firstToken: number,
  writtenAt: number,
  sentenceFirstToken: number,
  category: Candidate['category'],
  lookup: RoleLookup,
): CandidateRole | null {
  const token = view.tokens[firstToken];
  const glued = token && writtenAt > token.start ? foldToken(view.text.slice(token.start, writtenAt)) : '';
  let coordinated = glued !== '' && view.lexicon.coordinators.has(glued);
  // A comma joins names of one kind ("Azerbaijan, Russia"); "in Moscow, Putin said" and "to Armenia, Foreign
  // Minister Zarif said" are no lists.
  let listed = false;
  let titled = false;
  if (glued !== '' && !coordinated) {
    const tags = view.lexicon.markers.matchAt([glued], 0, 1)[0]?.value ?? [];
    const role = ROLE_TAGS.find((tag) => tags.includes(tag));
    if (role) return role as CandidateRole;
  }
  let words = 0;
  for (let i = firstToken - 1; i >= sentenceFirstToken; i -= 1) {
    const party = lookup.partyAt(i);
    if (party) return coordinated || (listed && party.category === category) ? party.role : null;
    if (coordinated || listed) return null; // "…in recent years and Baku welcomes": a coordinator between clauses, not names.
    const current = view.tokens[i]!;
    if (!current.word) {
      if (!COMMAS.has(current.text)) {
        if (current.text === '.' && view.tokens[i - 1]?.end === current.start) continue;
        return null;
      }
      if (lookup.partyAt(i - 1) && !titled) listed = true;
      else if (!lookup.transparentAt(i - 1)) return null;
      continue;
    }
    if (lookup.transparentAt(i)) {
      titled = true;
      continue;
    }
    const marker = markerEndingAt(view, i);
    if (marker) {
      if (marker.value.includes('coordinator')) {
        coordinated = true;
        i = marker.start;
        continue;
      }
      const role = ROLE_TAGS.find((tag) => marker.value.includes(tag)) as CandidateRole | undefined;
      // "Foreign Minister of Armenia": "of" after a title keeps the name in the title; after a name
      // ("President Ilham Aliyev of Azerbaijan, Dr. Hassan Rouhani") it belongs to that name's phrase.
      if (role === 'genitive' && roleEndingAt(view, marker.start - 1) !== null) {
        i = marker.start;
        continue;
      }
      if (role === 'genitive' && lookup.partyAt(marker.start - 1)) return null;
      if (role) return role;
    }
    const role = roleEndingAt(view, i);
    if (role !== null) {
      titled = true;
      i = role;
      continue;
    }
    words += 1;
    if (words > MAX_MARKER_LOOKBACK_WORDS) return null;
  }
  return null;
}

/**
 * The event candidates of one sentence, in text order.
 */
export function sentenceCandidates(view: ArticleView, firstToken: number, endToken: number): Candidate[] {
  const partyAt = new Map<number, Candidate>();
  const transparent = new Set<number>();
  const candidates: Candidate[] = [];
  const lookup: RoleLookup = { partyAt: (token) => partyAt.get(token), transparentAt: (token) => transparent.has(token) };
  for (let index = firstMentionFrom(view, firstToken); index < view.mentions.length; index += 1) {
    const entry = view.mentions[index]!;
    if (entry.firstToken >= endToken) break;
    if (entry.endToken > endToken) continue;
    const category = categoryOf(entry.mention);
    if (!category) continue;
    const modifier = isModifier(view, entry, index);
    const attributive = isAttributive(view, entry, modifier);
    const candidate: Candidate = { ...entry, category, modifier, attributive, city: isCityId(entry.mention.placeId), role: null, participant: participantOf(entry) };
    candidate.role = afterRole(view, candidate) ?? roleBefore(view, entry.firstToken, entry.mention.start, firstToken, category, lookup);
    candidates.push(candidate);
    for (let t = entry.firstToken; t < entry.endToken; t += 1) {
      if (modifier) transparent.add(t);
      else partyAt.set(t, candidate);
    }
  }
  return candidates;
}
