/**
 * The one case where an event takes the publication date: a statement in the present tense ("Rudenko
 * says Moscow is weighing…", «Лавров заявляет», "يقول", "diyor") tells of the day the report was
 * written, when its sentence gives no time of its own. A past form never does ("said" may be any day
 * before), nor a negated, future or possible one.
 */
import type { EventDate } from '../../core/event.js';
import type { SentenceContext } from './assign-participants.js';
import type { TriggerValue } from './event-lexicon.js';
import type { Modality } from './modality.js';
import type { PhraseMatch } from './phrase-matcher.js';

/** Words before a present form searched for an auxiliary that makes it a participle ("a déjà déclaré"). */
const AUXILIARY_REACH_WORDS = 2;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/u;

/** Whether the trigger is a present-tense verb of saying, not a participle after an auxiliary. */
export function isPresentStatement(context: SentenceContext, trigger: PhraseMatch<TriggerValue>): boolean {
  if (!trigger.value.present || trigger.value.form !== 'verbal') return false;
  const { view, sentence } = context;
  let words = 0;
  for (let t = trigger.start - 1; t >= sentence.firstToken && words < AUXILIARY_REACH_WORDS; t -= 1) {
    if (!view.tokens[t]!.word) break;
    if (view.lexicon.notPresentAfter.has(view.folded[t]!)) return false;
    words += 1;
  }
  return true;
}

/**
 * The date of a trigger: its own (`textDate`) when the sentence gives one, else the publication day for an
 * asserted present-tense statement, else unknown.
 * @example datedByPublication(context, saysTrigger, UNKNOWN_DATE, { negated: false, modality: 'asserted' }, '2020-11-03')
 *   // { value: '2020-11-03', granularity: 'day', source: 'publication' }
 */
export function datedByPublication(context: SentenceContext, trigger: PhraseMatch<TriggerValue>, textDate: EventDate, modality: Modality, published: string | null): EventDate {
  if (textDate.source !== 'none' || !published || !ISO_DAY.test(published)) return textDate;
  if (modality.negated || modality.modality !== 'asserted' || !isPresentStatement(context, trigger)) return textDate;
  return { value: published.slice(0, 10), granularity: 'day', source: 'publication' };
}
