/**
 * Negation and modality where they are cheap to see: a negation, future or possibility word within
 * a few words before the trigger, or inside it ("دیدار خواهد کرد"), in the same clause.
 */
import type { EventModality } from '../../core/event.js';
import type { SentenceContext } from './assign-participants.js';
import type { TriggerValue } from './event-lexicon.js';
import type { PhraseMatch } from './phrase-matcher.js';

/** Words before a trigger searched for "did not", "will", «не», "لم", "سوف". */
const REACH_WORDS = 3;

export interface Modality {
  negated: boolean;
  modality: EventModality;
}

export function modalityOf(context: SentenceContext, trigger: PhraseMatch<TriggerValue>): Modality {
  const { view, sentence, boundary } = context;
  let negated = false;
  let modality: EventModality = 'asserted';
  let words = 0;
  const look = (t: number): void => {
    const tags = view.markerAt.get(t)?.value ?? [];
    if (tags.includes('negation')) negated = true;
    if (tags.includes('future') && modality === 'asserted') modality = 'future';
    if (tags.includes('possible')) modality = 'possible';
  };
  for (let t = trigger.start; t < trigger.end; t += 1) look(t);
  for (let t = trigger.start - 1; t >= sentence.firstToken && words < REACH_WORDS; t -= 1) {
    if (boundary[t]) break;
    if (view.tokens[t]!.word) words += 1;
    look(t);
  }
  return { negated, modality };
}
