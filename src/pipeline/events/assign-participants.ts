/**
 * Who acts, who is acted on and where, for one trigger, from word order and role markers:
 * - a verb's actor is its subject: the nearest unmarked party before it in its clause (SVO), the
 *   first one of the clause (SOV), or the first one right after it (VSO, Arabic); "by X" names the
 *   actor of a passive; "X and Y" gives both; a quotation's verb has its speaker after it ("…," said X);
 * - its targets are the parties a counterpart marker introduces ("with", «с», "مع", "با", "ile"), else
 *   the party right after the verb (its object);
 * - "between X and Y" makes both actors of a joint event;
 * - a noun naming an event takes only what is attached to it ("Russia's mediation", "talks between…",
 *   "a phone call with X"); in an adjunct ("in a phone call with Y, X welcomed…") it also takes the
 *   clause's subject.
 */
import type { EventParticipant } from '../../core/event.js';
import { foldToken, type ArticleView } from './article-view.js';
import type { TriggerValue } from './event-lexicon.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { Party } from './sentence-parties.js';
import type { Sentence } from './split-sentences.js';

export interface Roles {
  actors: EventParticipant[];
  targets: EventParticipant[];
  place: EventParticipant | null;
}

export interface SentenceContext {
  view: ArticleView;
  sentence: Sentence;
  parties: readonly Party[];
  /** Tokens that end a clause for argument search: complementizers, relative words, ; : and quotation marks. */
  boundary: readonly boolean[];
  /** Tokens where some verbal trigger of the sentence ends (a party right after one is its object). */
  verbEnds: ReadonlySet<number>;
  /** Tokens where a verb of saying ends: what follows it is what was said, a clause of its own. */
  speechEnds: ReadonlySet<number>;
  /** The party covering each token of the sentence (indexed by token). */
  partyAt: ReadonlyMap<number, Party>;
}

/** The party covering each token, for `SentenceContext.partyAt`. */
export function partiesByToken(parties: readonly Party[]): Map<number, Party> {
  const byToken = new Map<number, Party>();
  for (const party of parties) for (let t = party.firstToken; t < party.endToken; t += 1) if (!byToken.has(t)) byToken.set(t, party);
  return byToken;
}

/** Words between a verb and a party for the party to be its object ("congratulated Putin", "informed President Rouhani"). */
const OBJECT_REACH_WORDS = 2;
/** Words after a verb within which an Arabic-order subject is looked for ("وأطلع بوتين", "أجرى الرئيس … علييف"). */
const VSO_SUBJECT_REACH_WORDS = 6;
/** Tokens after a verb searched for "with X", "between X and Y", "by X". */
const VERB_MARKED_REACH = 14;
/** Tokens after an event noun searched for its "with X", "between X and Y", "by X" ("talks between the Foreign Ministers of…"). */
const NOUN_MARKED_REACH = 16;
/** Tokens after a verb of saying searched for its addressee ("told to X"): farther on starts what was said. */
const SPEECH_MARKED_REACH = 3;
/** Words before an event noun within which an adjunct preposition is looked for ("in a telephone conversation"). */
const ADJUNCT_REACH_WORDS = 3;
/** Farthest a place may stand from its trigger, in tokens. */
const PLACE_REACH = 14;

/** Parentheses are not here: "The World Health Organization (WHO) said" keeps its subject. */
const CLAUSE_PUNCTUATION = new Set([';', '؛', ':', '"', '“', '”', '«', '»', '„', '—', '–']);
const CLOSING_QUOTES = new Set(['"', '”', '»', '“', '›']);
const COMMAS = new Set([',', '،']);
/** Articles and possessives a coordinated name's title may start with ("and the", "and his"). */
const SHORT_WORD_LENGTH = 3;
/** Types whose parties act together, so "between X and Y" names them all ("talks between", "clashes between"). */
const SYMMETRIC_TYPES = new Set(['consult', 'agree', 'fight', 'reduce-relations']);

/** Marks the clause boundaries of a sentence's tokens. */
export function clauseBoundaries(view: ArticleView, sentence: Sentence): boolean[] {
  const boundary: boolean[] = [];
  for (let i = sentence.firstToken; i < sentence.endToken; i += 1) {
    const tags = view.markerAt.get(i)?.value ?? [];
    // A hyphen between spaces is a dash ("Tehran (ISNA) - Stating that…").
    const token = view.tokens[i]!;
    const dash = token.text === '-' && /\s/u.test(view.text[token.start - 1] ?? ' ') && /\s|-/u.test(view.text[token.end] ?? ' ');
    boundary[i] = dash || CLAUSE_PUNCTUATION.has(view.folded[i]!) || tags.includes('complementizer') || tags.includes('relative');
  }
  return boundary;
}

const usable = (party: Party): boolean => party.category === 'party' && !party.modifier && !party.attributive;
/** Types whose "both sides" are the warring parties, not the parties of the last talks. */
const CONFLICT_TYPES = new Set(['fight', 'assault', 'agree', 'military-posture', 'coerce']);

function participantsOf(parties: readonly Party[], type: string): EventParticipant[] {
  return parties.flatMap((party) => (CONFLICT_TYPES.has(type) && party.belligerents ? party.belligerents : party.participants));
}

function partyCovering(context: SentenceContext, token: number): Party | undefined {
  return context.partyAt.get(token);
}

function textBetween(view: ArticleView, a: Party, b: Party): string {
  const end = a.participants[0]?.span.end ?? view.tokens[a.endToken - 1]!.end;
  const start = b.participants[0]?.span.start ?? view.tokens[b.firstToken]!.start;
  return foldToken(view.text.slice(end, start).trim());
}

/**
 * Whether two parties written one after the other are joined as one role: "X and Y", "X, Y", "روحاني وبوتين",
 * and with the second one's title between ("Rouhani and his Russian counterpart Vladimir Putin", "Armenia and the Azerbaijan Republic").
 */
function coordinated(context: SentenceContext, a: Party, b: Party): boolean {
  const { view } = context;
  const raw = textBetween(view, a, b);
  if (raw === '') return false;
  if (raw === ',' || raw === '،' || view.lexicon.coordinators.has(raw)) return true;
  let t = a.endToken;
  if (COMMAS.has(view.folded[t] ?? '')) t += 1;
  const marker = view.markerAt.get(t);
  if (!marker?.value.includes('coordinator')) return false;
  for (t = marker.end; t < b.firstToken; t += 1) {
    const role = view.roleAt.get(t);
    if (role) {
      t = role.end - 1;
      continue;
    }
    const party = partyCovering(context, t);
    if (party?.modifier) continue;
    if (!view.tokens[t]!.word || view.folded[t]!.length > SHORT_WORD_LENGTH) return false;
  }
  return true;
}

/** The party and the parties coordinated with it, in both directions, among same-role parties. */
function withCoordinated(context: SentenceContext, party: Party): Party[] {
  const { view, parties } = context;
  const group = [party];
  const index = parties.indexOf(party);
  for (let i = index - 1; i >= 0; i -= 1) {
    const previous = parties[i]!;
    if (previous.modifier) continue;
    if (!usable(previous) || previous.role !== party.role || !coordinated(context, previous, group[0]!)) break;
    group.unshift(previous);
  }
  // A list ends at its coordinator: "Armenia and Turkey, Interfax news agency quoted" stops at Turkey
  // ("روسيا وأرمينيا وجمهورية أذربيجان" repeats the coordinator and goes on).
  let coordinatorSeen = false;
  for (let i = index + 1; i < parties.length; i += 1) {
    const next = parties[i]!;
    if (next.modifier) continue;
    const last = group[group.length - 1]!;
    if (!usable(next) || next.role !== party.role || !coordinated(context, last, next)) break;
    const byComma = COMMAS.has(textBetween(view, last, next));
    if (byComma && coordinatorSeen) break;
    coordinatorSeen ||= !byComma;
    group.push(next);
  }
  return group;
}

/**
 * Whether a party is the object of another verb right before it ("Rouhani congratulated Putin and said…":
 * Putin is not the subject of "said"); in verb-first prose the name after a verb is its subject instead.
 */
function isObject(context: SentenceContext, party: Party, trigger: PhraseMatch<TriggerValue>): boolean {
  const { view } = context;
  if (view.lexicon.vocabulary.wordOrder === 'VSO') return false;
  let words = 0;
  for (let t = party.firstToken - 1; t >= context.sentence.firstToken; t -= 1) {
    if (context.verbEnds.has(t + 1) && t + 1 !== trigger.end) return true;
    if (context.boundary[t] || !view.tokens[t]!.word) return false;
    if (view.roleAt.has(t)) continue;
    if ((words += 1) > OBJECT_REACH_WORDS) return false;
  }
  return false;
}

/** Whether walking back from the trigger passes over a verb of saying (what follows it is another clause). */
const crossesSpeech = (context: SentenceContext, trigger: PhraseMatch<TriggerValue>, token: number): boolean => context.speechEnds.has(token + 1) && token + 1 <= trigger.start;

/** The nearest unmarked subject before the trigger, in its clause (SVO); a city right before it speaks for its government. */
function subjectBefore(context: SentenceContext, trigger: PhraseMatch<TriggerValue>): Party[] {
  for (let t = trigger.start - 1; t >= context.sentence.firstToken; t -= 1) {
    if (context.boundary[t] || crossesSpeech(context, trigger, t)) break;
    const party = partyCovering(context, t);
    if (!party) continue;
    t = party.firstToken;
    if (party.role !== null) continue;
    if (party.category === 'location') {
      if (party.city && party.endToken === trigger.start) return [party];
      continue;
    }
    if (!usable(party) || isObject(context, party, trigger)) continue;
    return withCoordinated(context, party);
  }
  return [];
}

function clauseStart(context: SentenceContext, trigger: PhraseMatch<TriggerValue>): number {
  for (let t = trigger.start - 1; t >= context.sentence.firstToken; t -= 1) if (context.boundary[t]) return t + 1;
  return context.sentence.firstToken;
}

/** The first unmarked party of the trigger's clause (SOV: the subject leads). */
function clauseSubject(context: SentenceContext, trigger: PhraseMatch<TriggerValue>): Party[] {
  const start = clauseStart(context, trigger);
  const subject = context.parties.find((party) => party.firstToken >= start && party.endToken <= trigger.start && party.role === null && usable(party));
  return subject ? withCoordinated(context, subject) : [];
}

/**
 * The first unmarked party after `from` within a few words (a VSO subject, or an SVO object); titles,
 * qualifiers and places between are passed over; a city is taken only when no party follows.
 */
function unmarkedAfter(context: SentenceContext, from: number, reachWords: number, skip: ReadonlySet<number> = new Set()): Party | null {
  let words = 0;
  let city: Party | null = null;
  for (let t = from; t < context.sentence.endToken; t += 1) {
    if (context.boundary[t]) break;
    if (skip.has(t)) continue;
    const party = partyCovering(context, t);
    if (party && party.firstToken === t) {
      if (party.role === null && usable(party)) return party;
      if (party.role === null && party.city && party.category === 'location') city ??= party;
      if (usable(party)) break;
      t = party.endToken - 1;
      continue;
    }
    if (context.view.roleAt.has(t)) continue;
    if (context.view.tokens[t]!.word && (words += 1) > reachWords) break;
  }
  return city;
}

/** Parties after the trigger with a marked role, the first of them with those coordinated to it. */
function markedAfter(context: SentenceContext, trigger: PhraseMatch<TriggerValue>, role: Party['role'], reach: number, crossCommas: boolean): Party[] {
  const limit = Math.min(context.sentence.endToken, trigger.end + reach);
  for (const party of context.parties) {
    if (party.firstToken < trigger.end || party.firstToken >= limit) continue;
    for (let t = trigger.end; t < party.firstToken; t += 1) {
      // A relative clause right after an event noun still describes it ("المحادثات التي جرت … بين").
      const relative = trigger.value.form === 'nominal' && context.view.markerAt.get(t)?.value.includes('relative');
      if (context.boundary[t] && !relative) return [];
      // A comma ends the noun's phrase unless it separates names of a list ("to Azerbaijan, Russia, Armenia")
      // or closes a title ("with Foreign Minister of Armenia, Zohrab Mnatsakanyan").
      const listed = partyCovering(context, t - 1);
      if (!crossCommas && COMMAS.has(context.view.folded[t]!) && !(listed && (usable(listed) || listed.modifier))) return [];
    }
    if (party.role === role && usable(party)) return withCoordinated(context, party);
  }
  return [];
}

/**
 * The party that owns an event noun: written right before it ("Russia's mediation efforts"), or right
 * after it where modifiers follow nouns ("الوساطة الروسية", "زيارة ظريف").
 */
function nounOwner(context: SentenceContext, trigger: PhraseMatch<TriggerValue>): Party[] {
  const { view, parties } = context;
  if (view.lexicon.vocabulary.modifiersFollowNoun) {
    const after = parties.find((party) => party.firstToken === trigger.end);
    return after && after.category === 'party' && after.role === null && !after.modifier ? [after] : [];
  }
  const before = trigger.start > context.sentence.firstToken ? partyCovering(context, trigger.start - 1) : undefined;
  return before && before.category === 'party' && before.role === null ? [before] : [];
}

/** Whether an event noun stands in an adjunct of its clause ("in a phone call with…", "görüşme sırasında"). */
function inAdjunct(context: SentenceContext, trigger: PhraseMatch<TriggerValue>): boolean {
  const { view } = context;
  if (view.lexicon.adjunctAfter.has(view.folded[trigger.end] ?? '')) return true;
  let words = 0;
  for (let t = trigger.start - 1; t >= context.sentence.firstToken && words <= ADJUNCT_REACH_WORDS; t -= 1) {
    if (context.boundary[t]) return false;
    const marker = view.markerAt.get(t);
    if (marker?.value.includes('adjunct') && marker.end <= trigger.start) return true;
    if (view.tokens[t]!.word) words += 1;
  }
  return false;
}

/** Longest auxiliary between an attribution's comma and its verb ("…, a déclaré X", "…, has said X"). */
const AUXILIARY_LENGTH = 3;

/**
 * Whether a verb of saying follows what was said, so its speaker is written after it: right after a closing
 * quotation mark, a comma or a dash, perhaps with a short auxiliary ("…," said Ilham Aliyev; «…», — заявил Лавров;
 * "…", a déclaré Andreï Roudenko).
 */
function invertedAttribution(context: SentenceContext, trigger: PhraseMatch<TriggerValue>): boolean {
  let auxiliary = false;
  for (let t = trigger.start - 1; t >= Math.max(context.sentence.firstToken, trigger.start - 4); t -= 1) {
    const token = context.view.folded[t]!;
    if (CLOSING_QUOTES.has(token) || COMMAS.has(token) || token === '—' || token === '–') return true;
    if (token === '-' ) continue;
    if (!context.view.tokens[t]!.word || auxiliary || token.length > AUXILIARY_LENGTH) return false;
    auxiliary = true;
  }
  return false;
}

/** The speaker of a quotation whose verb follows it with no name after ("Erdoğan, "…" dedi"): the name before the opening mark. */
function speakerBeforeQuote(context: SentenceContext, trigger: PhraseMatch<TriggerValue>): Party[] {
  const { view } = context;
  let depth = 0;
  for (let t = trigger.start - 1; t >= context.sentence.firstToken; t -= 1) {
    const token = view.folded[t]!;
    if (token === '»' || token === '”') depth += 1;
    else if (token === '«' || token === '“' || token === '„') depth -= 1;
    else if (token === '"') depth = depth > 0 ? depth - 1 : depth + 1;
    if (depth !== 0) continue;
    const party = partyCovering(context, t);
    if (party && party.role === null && usable(party)) return [party];
  }
  return [];
}

function placeOf(context: SentenceContext, trigger: PhraseMatch<TriggerValue>, used: ReadonlySet<Party>): EventParticipant | null {
  const distance = (party: Party): number => Math.min(Math.abs(party.firstToken - trigger.end), Math.abs(trigger.start - party.endToken));
  const places = context.parties.filter((party) => {
    if (used.has(party) || party.modifier || distance(party) > PLACE_REACH || party.participants[0]?.type !== 'place') return false;
    // Cities and regions whatever governs them ("capital of Baku"); a country only after "in".
    return party.category === 'location' ? party.role !== 'between' && party.role !== 'agent' : party.role === 'place';
  });
  const best = places.sort((a, b) => Number(b.category === 'location') - Number(a.category === 'location') || distance(a) - distance(b))[0];
  return best?.participants[0] ?? null;
}

function nominalRoles(context: SentenceContext, trigger: PhraseMatch<TriggerValue>): { actors: Party[]; targets: Party[] } {
  let actors = [
    ...nounOwner(context, trigger),
    ...markedAfter(context, trigger, 'between', NOUN_MARKED_REACH, false),
    ...markedAfter(context, trigger, 'agent', NOUN_MARKED_REACH, false),
  ];
  const targets = markedAfter(context, trigger, 'counterpart', NOUN_MARKED_REACH, false);
  if (actors.length === 0 && inAdjunct(context, trigger)) {
    actors = subjectBefore(context, trigger);
    if (actors.length === 0) {
      const subject = context.parties.find((party) => party.firstToken >= trigger.end && party.role === null && usable(party) && !targets.includes(party));
      if (subject) actors = withCoordinated(context, subject);
    }
  }
  return { actors, targets };
}

function verbalActors(context: SentenceContext, trigger: PhraseMatch<TriggerValue>): Party[] {
  const { wordOrder } = context.view.lexicon.vocabulary;
  if (trigger.value.speech && !trigger.value.participle && invertedAttribution(context, trigger)) {
    const speaker = unmarkedAfter(context, trigger.end, OBJECT_REACH_WORDS + 2);
    if (speaker) return [speaker];
    const before = subjectBefore(context, trigger);
    return before.length > 0 ? before : speakerBeforeQuote(context, trigger);
  }
  if (wordOrder === 'VSO') {
    // The subject may stand inside a gapped trigger ("أجرى الرئيس علييف اتصالا هاتفيا").
    const own = new Set<number>();
    for (let t = trigger.start; t < trigger.end; t += 1) if (!partyCovering(context, t)) own.add(t);
    const after = unmarkedAfter(context, trigger.start + 1, VSO_SUBJECT_REACH_WORDS, own);
    return after ? withCoordinated(context, after) : subjectBefore(context, trigger);
  }
  if (wordOrder === 'SOV') return clauseSubject(context, trigger);
  const before = subjectBefore(context, trigger);
  if (before.length > 0) return before;
  // A participial opener ("Speaking upon his arrival in Baku, Araqchi announced…") takes the main clause's subject.
  if (context.parties.some((party) => party.endToken <= trigger.start && usable(party))) return [];
  const subject = context.parties.find((party) => party.firstToken >= trigger.end && party.role === null && usable(party));
  const comma = subject !== undefined && context.view.folded.slice(trigger.end, subject.firstToken).some((token) => COMMAS.has(token));
  return subject && comma ? withCoordinated(context, subject) : [];
}

function verbalRoles(context: SentenceContext, trigger: PhraseMatch<TriggerValue>, type: string, inherited: boolean): { actors: Party[]; targets: Party[] } {
  const { wordOrder } = context.view.lexicon.vocabulary;
  let actors = inherited ? [] : verbalActors(context, trigger);
  if (actors.length === 0 && !inherited) actors = markedAfter(context, trigger, 'agent', VERB_MARKED_REACH, true);
  if (SYMMETRIC_TYPES.has(type)) actors = [...actors, ...markedAfter(context, trigger, 'between', VERB_MARKED_REACH, true)];
  let targets = markedAfter(context, trigger, 'counterpart', trigger.value.speech ? SPEECH_MARKED_REACH : VERB_MARKED_REACH, true);
  const start = clauseStart(context, trigger);
  const markedBefore = context.parties.filter((party) => party.role === 'counterpart' && usable(party) && party.firstToken >= start && party.endToken <= trigger.start);
  if (wordOrder === 'SOV') targets = [...targets, ...markedBefore];
  if (targets.length === 0 && wordOrder !== 'SOV') {
    const last = actors[actors.length - 1];
    const objectStart = wordOrder === 'VSO' && last && last.firstToken >= trigger.end ? last.endToken : trigger.end;
    // A verb of saying takes as object only a name right after it ("told Putin"), not the subject of what was said.
    const object = unmarkedAfter(context, objectStart, trigger.value.speech ? 0 : OBJECT_REACH_WORDS);
    if (object && usable(object) && !actors.includes(object)) targets = withCoordinated(context, object);
  }
  // "During talks with X it was agreed…": an impersonal joint event is with the parties its clause names.
  if (SYMMETRIC_TYPES.has(type) && actors.length === 0 && targets.length === 0) targets = markedBefore;
  return { actors, targets };
}

/**
 * Actors, targets and place of one trigger in its sentence.
 */
export function assignParticipants(context: SentenceContext, trigger: PhraseMatch<TriggerValue>, inheritedActors: EventParticipant[] | null = null): Roles {
  const type = trigger.value.kind.split('/')[0]!;
  const found = trigger.value.form === 'nominal' ? nominalRoles(context, trigger) : verbalRoles(context, trigger, type, inheritedActors !== null);
  const actorSet = new Set(found.actors);
  const targets = found.targets.filter((party) => !actorSet.has(party));
  const used = new Set([...found.actors, ...targets]);
  const actors = inheritedActors ?? dedupe(participantsOf(found.actors, type));
  const actorKeys = new Set(actors.map(participantKey));
  return { actors, targets: dedupe(participantsOf(targets, type)).filter((target) => !actorKeys.has(participantKey(target))), place: placeOf(context, trigger, used) };
}

/** Whether the trigger is an event noun in an adjunct (its date is then read like a verb's). */
export function isAdjunctNoun(context: SentenceContext, trigger: PhraseMatch<TriggerValue>): boolean {
  return trigger.value.form === 'nominal' && inAdjunct(context, trigger);
}

/** One participant per entity: the same person written twice in one role counts once. */
export function dedupe(participants: EventParticipant[]): EventParticipant[] {
  const seen = new Set<string>();
  return participants.filter((participant) => {
    const key = participantKey(participant);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What makes two participants the same entity within an article: the gazetteer id, else type and folded name. */
export const participantKey = (participant: EventParticipant): string => participant.placeId ?? `${participant.type}:${foldToken(participant.name)}`;
