/**
 * The events of one sentence: each trigger with its participants, date and modality, after dropping
 * event nouns a verb governs ("welcomed the ceasefire" is one event), events that name no party and
 * no date (a noun in passing, an impersonal passive), statements that only repeat another event's
 * actor ("expressed concern…, saying"), and repeats of one event in one sentence.
 */
import type { ArticleEvent, EventParticipant, EventSubtype, EventType } from '../../core/event.js';
import type { TimeExpression } from '../time/types.js';
import { assignParticipants, participantKey, type Roles, type SentenceContext } from './assign-participants.js';
import { eventConfidence } from './event-confidence.js';
import type { TriggerValue } from './event-lexicon.js';
import { modalityOf } from './modality.js';
import { assignDates } from './pick-date.js';
import { datedByPublication } from './publication-date.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { Discourse } from './sentence-parties.js';

/** Words between a verb and an event noun for the verb to govern it ("welcomed the ceasefire", "expressed support for the agreement"). */
const GOVERN_REACH_WORDS = 3;
/** A dropped subject is taken from the discourse only for a verb near the start of its sentence ("وأضاف", "Ekledi"). */
const DROPPED_SUBJECT_REACH_WORDS = 2;
const COMMAS = new Set([',', '،']);

export interface SpeechAct {
  trigger: PhraseMatch<TriggerValue>;
  speaker: EventParticipant | null;
}

export interface SentenceEvents {
  events: ArticleEvent[];
  speechActs: SpeechAct[];
}

function splitKind(kind: TriggerValue['kind']): { type: EventType; subtype: EventSubtype | null } {
  const [type, subtype] = kind.split('/') as [EventType, EventSubtype | undefined];
  return { type, subtype: subtype ?? null };
}

/** Verbs govern the event nouns right after them; a verb of the same type takes the noun's subtype ("agreed on a truce"). */
function ungoverned(context: SentenceContext, triggers: readonly PhraseMatch<TriggerValue>[]): PhraseMatch<TriggerValue>[] {
  const kept: PhraseMatch<TriggerValue>[] = [];
  for (const trigger of triggers) {
    if (trigger.value.form === 'verbal') {
      kept.push(trigger);
      continue;
    }
    const governor = kept.find((verb) => {
      if (verb.value.form !== 'verbal' || verb.end > trigger.start) return false;
      const between = context.view.tokens.slice(verb.end, trigger.start);
      return between.length <= GOVERN_REACH_WORDS && between.every((token) => token.word) && !context.boundary.slice(verb.end, trigger.start).some(Boolean);
    });
    if (!governor) {
      kept.push(trigger);
      continue;
    }
    const verb = splitKind(governor.value.kind);
    const noun = splitKind(trigger.value.kind);
    if (verb.type === noun.type && !verb.subtype && noun.subtype) kept[kept.indexOf(governor)] = { ...governor, value: { ...governor.value, kind: trigger.value.kind } };
  }
  return kept;
}

/** Whether a verb is coordinated with an earlier one, sharing its subject ("…and added", ", emphasizing", "ولفت"). */
function continuesVerb(context: SentenceContext, trigger: PhraseMatch<TriggerValue>): boolean {
  const { view } = context;
  const first = view.tokens[trigger.start]!;
  const folded = view.folded[trigger.start]!;
  const gluedCoordinator = view.lexicon.vocabulary.gluedPrefixes.length > 0 && [...view.lexicon.coordinators].some((word) => folded.startsWith(word) && first.text.length > word.length + 2);
  const coordinator = view.markerAt.get(trigger.start - 1)?.value.includes('coordinator') ?? false;
  // After a bare comma only a participle of saying continues the subject (", saying", "، مؤكدا").
  return gluedCoordinator || coordinator || (COMMAS.has(view.folded[trigger.start - 1] ?? '') && trigger.value.participle);
}

/** The actors of the verb a trigger is coordinated with, earlier in the sentence ("X welcomed … and stressed"). */
function inheritedActors(context: SentenceContext, trigger: PhraseMatch<TriggerValue>, earlier: readonly ArticleEvent[]): EventParticipant[] | null {
  if (trigger.value.form !== 'verbal' || !continuesVerb(context, trigger)) return null;
  const start = context.view.tokens[trigger.start]!.start;
  const previous = [...earlier].reverse().find((event) => event.triggerForm === 'verbal' && event.actors.length > 0 && event.trigger.end <= start && event.sentence.start === context.sentence.start);
  return previous ? previous.actors : null;
}

/** A subject the press left out ("وأضاف", "Ekledi"): the person the discourse is about. */
function droppedSubject(context: SentenceContext, trigger: PhraseMatch<TriggerValue>, roles: Roles, discourse: Discourse): void {
  const { view, sentence } = context;
  if (roles.actors.length > 0 || trigger.value.form !== 'verbal' || !view.lexicon.vocabulary.dropsSubjects || !discourse.lastPerson) return;
  const wordsBefore = view.tokens.slice(sentence.firstToken, trigger.start).filter((token) => token.word).length;
  if (wordsBefore > DROPPED_SUBJECT_REACH_WORDS) return;
  const start = view.tokens[trigger.start]!.start;
  const end = view.tokens[trigger.end - 1]!.end;
  roles.actors = [{ ...discourse.lastPerson, span: { text: view.text.slice(start, end), start, end }, link: 'pronoun' }];
}

/** `published` (ISO day, or null) dates a present-tense statement that states no time of its own. */
export function sentenceEvents(
  context: SentenceContext,
  triggers: readonly PhraseMatch<TriggerValue>[],
  expressions: readonly TimeExpression[],
  discourse: Discourse,
  published: string | null = null,
): SentenceEvents {
  const { view, sentence } = context;
  const events: ArticleEvent[] = [];
  const speechActs: SpeechAct[] = [];
  const kept = ungoverned(context, triggers);
  const dates = assignDates(context, kept, expressions);
  for (const trigger of kept) {
    const { type, subtype } = splitKind(trigger.value.kind);
    const roles = assignParticipants(context, trigger, inheritedActors(context, trigger, events));
    droppedSubject(context, trigger, roles, discourse);
    if (trigger.value.speech) speechActs.push({ trigger, speaker: roles.actors.find((actor) => actor.type === 'person') ?? roles.actors[0] ?? null });
    const textDate = dates.get(trigger)!;
    if (roles.actors.length + roles.targets.length === 0 && textDate.source === 'none') continue;
    const modality = modalityOf(context, trigger);
    const date = datedByPublication(context, trigger, textDate, modality, published);
    const start = view.tokens[trigger.start]!.start;
    const end = view.tokens[trigger.end - 1]!.end;
    events.push({
      type,
      subtype,
      trigger: { text: view.text.slice(start, end), start, end },
      triggerForm: trigger.value.form,
      ...roles,
      date,
      sentence: { text: view.text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end },
      ...modality,
      attributedTo: null,
      confidence: eventConfidence({ form: trigger.value.form, ...roles, date, sentenceTokens: sentence.endToken - sentence.firstToken }),
    });
  }
  return { events: withoutRepeats(events), speechActs };
}

/** One event per type and parties in a sentence (the most specific and most confident); statements that only restate another event's actor go. */
function withoutRepeats(events: ArticleEvent[]): ArticleEvent[] {
  const partyKey = (event: ArticleEvent): string => [...event.actors, ...event.targets].map(participantKey).sort().join('|');
  const ranked = [...events].sort(
    (a, b) => Number(b.subtype !== null) - Number(a.subtype !== null) || Number(b.triggerForm === 'verbal') - Number(a.triggerForm === 'verbal') || b.confidence - a.confidence,
  );
  const kept: ArticleEvent[] = [];
  for (const event of ranked) {
    if (kept.some((other) => other.type === event.type && partyKey(other) === partyKey(event) && (other.date.value === event.date.value || event.date.source === 'none'))) continue;
    kept.push(event);
  }
  const specificActors = new Set(kept.filter((event) => event.type !== 'statement' && event.triggerForm === 'verbal').flatMap((event) => event.actors.map(participantKey)));
  return kept.filter((event) => event.type !== 'statement' || !event.actors.some((actor) => specificActors.has(participantKey(actor)))).sort((a, b) => a.trigger.start - b.trigger.start);
}
