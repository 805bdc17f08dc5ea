/**
 * The dates of a sentence's events. Each time expression belongs to the trigger nearest to it in its
 * clause (so "…brokered by the United States, was violated on October 26" dates the violation, not the
 * brokering); a date across a clause boundary belongs to another verb ("congratulated Putin on his
 * birthday, which was two days ago"), except a relative clause right after an event noun, which
 * describes that noun ("المحادثات الهاتفية التي جرت اليوم السبت"). An event noun takes only a date
 * written close to it ("a Friday meeting", "his arrival in Baku on October 27") unless it stands in an
 * adjunct of the clause ("Rouhani, on Saturday, in a telephone conversation with…"). With no expression
 * the date is unknown: never the publication date.
 */
import type { EventDate } from '../../core/event.js';
import type { TimeExpression } from '../time/types.js';
import { tokenIndexAt } from './article-view.js';
import { isAdjunctNoun, type SentenceContext } from './assign-participants.js';
import type { TriggerValue } from './event-lexicon.js';
import type { PhraseMatch } from './phrase-matcher.js';

/** Farthest a date may be from a verb, in tokens, each comma crossed counting COMMA_COST more. */
const VERB_REACH = 16;
/** Farthest a date may be from an event noun, in words outside names. */
const NOUN_REACH = 6;
const COMMA_COST = 4;

export const UNKNOWN_DATE: EventDate = { value: null, granularity: null, source: 'none' };

interface Placed {
  expression: TimeExpression;
  first: number;
  end: number;
}

const insideMention = (context: SentenceContext, token: number): boolean => context.view.mentionAt[token]! >= 0;

/** The cost of dating `trigger` by an expression at tokens [first, end), or null when a clause boundary separates them. */
function cost(context: SentenceContext, trigger: PhraseMatch<TriggerValue>, placed: Placed, verbLike: boolean): number | null {
  const before = placed.end <= trigger.start;
  const [from, to] = before ? [placed.end, trigger.start] : [trigger.end, placed.first];
  let total = 0;
  for (let t = from; t < to; t += 1) {
    const token = context.view.folded[t]!;
    const nominal = trigger.value.form === 'nominal';
    if (token === ',' || token === '،') total += verbLike ? COMMA_COST : NOUN_REACH;
    // A verb's distance counts every token; a noun's only the words outside names ("his arrival in the Azerbaijani capital of Baku on October 27").
    if (!nominal || (context.view.tokens[t]!.word && !insideMention(context, t))) total += 1;
    if (!context.boundary[t]) continue;
    const relativeOfNoun = !before && trigger.value.form === 'nominal' && t === trigger.end && context.view.markerAt.get(t)?.value.includes('relative');
    if (!relativeOfNoun) return null;
  }
  return total <= (verbLike ? VERB_REACH : NOUN_REACH) ? total : null;
}

function toDate(expression: TimeExpression): EventDate {
  const date: EventDate = {
    value: expression.value,
    granularity: expression.granularity,
    source: 'text',
    expression: { text: expression.text, start: expression.start, end: expression.end },
  };
  if (expression.endValue !== undefined) date.endValue = expression.endValue;
  return date;
}

/**
 * The date of each trigger of a sentence.
 * @example assignDates(context, [metTrigger], [{ text: 'on Saturday', kind: 'relative', granularity: 'day', value: '2020-10-10', … }]).get(metTrigger)
 *   // { value: '2020-10-10', granularity: 'day', source: 'text', expression: { text: 'on Saturday', … } }
 */
export function assignDates(context: SentenceContext, triggers: readonly PhraseMatch<TriggerValue>[], expressions: readonly TimeExpression[]): Map<PhraseMatch<TriggerValue>, EventDate> {
  const { sentence, view } = context;
  const placed: Placed[] = expressions
    .filter((expression) => expression.start >= sentence.start && expression.end <= sentence.end)
    .map((expression) => ({ expression, first: tokenIndexAt(view.tokens, expression.start), end: tokenIndexAt(view.tokens, expression.end) }));
  const verbLike = new Map(triggers.map((trigger) => [trigger, trigger.value.form === 'verbal' || isAdjunctNoun(context, trigger)]));
  const best = new Map<PhraseMatch<TriggerValue>, { placed: Placed; cost: number }>();
  for (const candidate of placed) {
    // A date written inside a gapped trigger ("أجرى الرئيس، اليوم الخميس، اتصالاً هاتفياً") is that trigger's.
    const holder = triggers.find((trigger) => candidate.first >= trigger.start && candidate.end <= trigger.end);
    const costs = holder
      ? [{ trigger: holder, cost: 0 }]
      : triggers.map((trigger) => ({ trigger, cost: candidate.end > trigger.start && candidate.first < trigger.end ? null : cost(context, trigger, candidate, verbLike.get(trigger)!) }));
    const reachable = costs.filter((entry): entry is { trigger: PhraseMatch<TriggerValue>; cost: number } => entry.cost !== null);
    if (reachable.length === 0) continue;
    const nearest = Math.min(...reachable.map((entry) => entry.cost));
    // Triggers tied for nearest share the date ("agreed to halt fighting from noon on October 10").
    for (const entry of reachable.filter((item) => item.cost === nearest)) {
      const current = best.get(entry.trigger);
      if (!current || entry.cost < current.cost) best.set(entry.trigger, { placed: candidate, cost: entry.cost });
    }
  }
  return new Map(triggers.map((trigger) => [trigger, best.has(trigger) ? toDate(best.get(trigger)!.placed.expression) : UNKNOWN_DATE]));
}
