/**
 * How much of an event its sentence gave. Hand-set weights (not fitted: there is no labelled event
 * data in several languages to fit them on); they order events for review, they are not probabilities.
 */
import type { EventDate, EventParticipant } from '../../core/event.js';
import { MAX_SENTENCE_TOKENS } from './split-sentences.js';

const BASE = { verbal: 0.45, nominal: 0.3 } as const;
const WITH_ACTOR = 0.2;
const ACTOR_NAMED = 0.1;
const WITH_TARGET_OR_PLACE = 0.1;
const WITH_DATE = 0.1;
const LONG_SENTENCE_PENALTY = 0.15;

export function eventConfidence(input: {
  form: 'verbal' | 'nominal';
  actors: readonly EventParticipant[];
  targets: readonly EventParticipant[];
  place: EventParticipant | null;
  date: EventDate;
  sentenceTokens: number;
}): number {
  let score = BASE[input.form];
  if (input.actors.length > 0) score += WITH_ACTOR;
  if (input.actors.some((actor) => actor.link === 'name')) score += ACTOR_NAMED;
  if (input.targets.length > 0 || input.place) score += WITH_TARGET_OR_PLACE;
  if (input.date.source === 'text') score += WITH_DATE;
  // Words far apart in a run-on sentence are often not each other's arguments.
  if (input.sentenceTokens > MAX_SENTENCE_TOKENS / 2) score -= LONG_SENTENCE_PENALTY;
  return Math.round(Math.min(0.95, Math.max(0.05, score)) * 100) / 100;
}
