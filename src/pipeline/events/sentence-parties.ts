/**
 * Everything in one sentence that can fill an event role: named parties and places, descriptions of
 * a person named elsewhere ("the Iranian president", "الرئيسين الايراني والروسي"), a subject pronoun
 * ("He said"), and references to two parties named before ("both sides", "the two countries").
 */
import type { EventParticipant, ParticipantLink } from '../../core/event.js';
import { firstMentionFrom, mentionCovering, type ArticleView, type PlacedMention } from './article-view.js';
import { roleBefore, sentenceCandidates, titleGap, type Candidate, type CandidateRole, type RoleLookup } from './candidates.js';
import type { MarkerTag } from './event-lexicon.js';
import { countryOf, resolveDescription, type RegisteredPerson } from './person-registry.js';
import type { Sentence } from './split-sentences.js';

export interface Party {
  /** Tokens [firstToken, endToken) where the sentence refers to it. */
  firstToken: number;
  endToken: number;
  /** One participant, or two for a dual description or a group reference. */
  participants: EventParticipant[];
  category: Candidate['category'];
  modifier: boolean;
  attributive: boolean;
  city: boolean;
  role: CandidateRole | null;
  link: ParticipantLink;
  /** For "both sides": the two countries named last, which fighting or a truce is between (the talks' parties otherwise). */
  belligerents?: EventParticipant[];
}

/** The groups of two or more parties named last, for "the two presidents", "the two countries", "both sides". */
export interface Groups {
  people: EventParticipant[];
  countries: EventParticipant[];
  either: EventParticipant[];
}

/** What earlier sentences leave for pronouns and group references to point to. */
export interface Discourse {
  /** The person who last acted in an event, or was last named. */
  lastPerson: EventParticipant | null;
  groups: Groups;
}

/** Tokens between a role noun and a name for the noun to be that name's title ("President Ilham Aliyev", "Foreign Minister of Armenia, Zohrab"). */
const TITLE_REACH_TOKENS = 6;
/** Tokens between a role noun and a demonym or country that qualifies it ("the senior Iranian diplomat", "presidents of Iran and Russia"). */
const QUALIFIER_REACH_TOKENS = 3;
/** A pronoun refers back only as a subject, near the start of its sentence ("He said", "However, he added"). */
const PRONOUN_REACH_WORDS = 3;
const GROUP_TAGS = { 'group-people': 'people', 'group-countries': 'countries', 'group-either': 'either' } as const satisfies Partial<Record<MarkerTag, keyof Groups>>;

function asParty(candidate: Candidate): Party {
  const { firstToken, endToken, category, modifier, attributive, city, role, participant } = candidate;
  return { firstToken, endToken, participants: [participant], category, modifier, attributive, city, role, link: 'name' };
}

function spanOf(view: ArticleView, firstToken: number, endToken: number): { text: string; start: number; end: number } {
  const start = view.tokens[firstToken]!.start;
  const end = view.tokens[endToken - 1]!.end;
  return { text: view.text.slice(start, end), start, end };
}

function referTo(person: RegisteredPerson, view: ArticleView, firstToken: number, endToken: number): EventParticipant {
  return { name: person.mention.name, type: 'person', span: spanOf(view, firstToken, endToken), mention: person.mention, link: 'description' };
}

/** Whether a name follows a role noun within reach over a title's words, so the noun is its title, not a description. */
export function titlesAName(view: ArticleView, roleEnd: number, sentenceEnd: number): boolean {
  let next: PlacedMention | undefined;
  for (let index = firstMentionFrom(view, roleEnd); index < view.mentions.length && !next; index += 1) {
    const entry = view.mentions[index]!;
    if (entry.firstToken >= roleEnd + TITLE_REACH_TOKENS) break;
    if (entry.mention.type !== 'place') next = entry;
  }
  if (!next || next.firstToken >= Math.min(sentenceEnd, roleEnd + TITLE_REACH_TOKENS)) return false;
  return titleGap(view, roleEnd, next.firstToken);
}

/** Descriptions in the sentence, each with the demonyms and countries that qualify it (consumed from `candidates`). */
function descriptions(view: ArticleView, sentence: Sentence, candidates: Candidate[], registry: ReadonlyMap<string, RegisteredPerson>): Party[] {
  const parties: Party[] = [];
  for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
    const role = view.roleAt.get(i);
    if (!role || role.end > sentence.endToken) continue;
    const covering = mentionCovering(view, i);
    const inName = covering !== undefined && covering.mention.type !== 'other';
    const apposition = candidates.some((c) => c.participant.type === 'person' && c.endToken <= i && c.endToken >= i - 2);
    if (inName || apposition || titlesAName(view, role.end, sentence.endToken)) continue;
    const qualifiers = candidates.filter(
      (c) => countryOf(c.mention) !== null && ((c.endToken <= i && c.endToken >= i - QUALIFIER_REACH_TOKENS) || (c.firstToken >= role.end && c.firstToken <= role.end + QUALIFIER_REACH_TOKENS)),
    );
    const countries = qualifiers.length > 0 ? qualifiers.map((c) => countryOf(c.mention)) : [null];
    const people = countries.map((country) => resolveDescription(registry, role.value, country)).filter((person): person is RegisteredPerson => person !== null);
    if (people.length === 0 || people.length !== countries.length) continue;
    const firstToken = Math.min(i, ...qualifiers.map((c) => c.firstToken));
    const endToken = Math.max(role.end, ...qualifiers.map((c) => c.endToken));
    for (const used of qualifiers) candidates.splice(candidates.indexOf(used), 1);
    const participants = people.map((person) => referTo(person, view, firstToken, endToken));
    parties.push({ firstToken, endToken, participants, category: 'party', modifier: false, attributive: false, city: false, role: null, link: 'description' });
    i = endToken - 1;
  }
  return parties;
}

/** A subject pronoun near the start, or a group reference anywhere, resolved from the discourse so far. */
function references(view: ArticleView, sentence: Sentence, discourse: Discourse): Party[] {
  const parties: Party[] = [];
  let words = 0;
  for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
    if (view.tokens[i]!.word) words += 1;
    const marker = view.markerAt.get(i);
    if (!marker) continue;
    const make = (participants: EventParticipant[], link: ParticipantLink): Party => {
      const span = spanOf(view, i, marker.end);
      const resolved = participants.map((participant) => ({ ...participant, span, link }));
      return { firstToken: i, endToken: marker.end, participants: resolved, category: 'party', modifier: false, attributive: false, city: false, role: null, link };
    };
    const group = marker.value.map((tag) => GROUP_TAGS[tag as keyof typeof GROUP_TAGS]).find((kind) => kind !== undefined);
    if (marker.value.includes('pronoun') && words <= PRONOUN_REACH_WORDS && discourse.lastPerson) parties.push(make([discourse.lastPerson], 'pronoun'));
    else if (group && discourse.groups[group].length >= 2) {
      const party = make(discourse.groups[group], 'group');
      if (group === 'either' && discourse.groups.countries.length >= 2) party.belligerents = make(discourse.groups.countries, 'group').participants;
      parties.push(party);
    }
  }
  return parties;
}

/**
 * The parties and places of one sentence, in text order.
 */
export function sentenceParties(view: ArticleView, sentence: Sentence, registry: ReadonlyMap<string, RegisteredPerson>, discourse: Discourse): Party[] {
  const candidates = sentenceCandidates(view, sentence.firstToken, sentence.endToken);
  const described = descriptions(view, sentence, candidates, registry);
  // A group word that titles names ("بين الرئيسين روحاني وبوتين") or is part of a description is not a reference.
  const referring = references(view, sentence, discourse).filter(
    (reference) => !described.some((party) => party.firstToken < reference.endToken && reference.firstToken < party.endToken) && !titlesAName(view, reference.endToken, sentence.endToken),
  );
  const parties = [...candidates.map(asParty), ...described, ...referring].sort((a, b) => a.firstToken - b.firstToken);
  // Descriptions and references take their role from the words before them, as names do.
  const partyAt = new Map<number, Party>();
  const transparent = new Set<number>();
  const lookup: RoleLookup = { partyAt: (token) => partyAt.get(token), transparentAt: (token) => transparent.has(token) };
  for (const party of parties) {
    if (party.link !== 'name') {
      party.role = roleBefore(view, party.firstToken, view.tokens[party.firstToken]!.start, sentence.firstToken, party.category, lookup);
    }
    for (let t = party.firstToken; t < party.endToken; t += 1) {
      if (party.modifier) transparent.add(t);
      else partyAt.set(t, party);
    }
  }
  return parties;
}
