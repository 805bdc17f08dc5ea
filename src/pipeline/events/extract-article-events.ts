/**
 * Events and quotes of one article, sentence by sentence, from its language's event vocabulary, the
 * entity stage's mentions and the time stage's expressions. Pure: it reads no store, calls no other
 * stage, and dates an event by the publication date only for a present-tense statement ("X says…") whose
 * sentence states no time; any other undated sentence gives an unknown date.
 */
import type { EntityMention } from '../../core/entity.js';
import type { ArticleEvent, EventParticipant, Quote } from '../../core/event.js';
import { buildArticleView, firstMentionFrom, type ArticleView } from './article-view.js';
import { attributeQuotes, type SourceMention } from './attribute-quotes.js';
import { clauseBoundaries, partiesByToken, type SentenceContext } from './assign-participants.js';
import { eventLexicon, type TriggerValue } from './event-lexicon.js';
import { withoutDatelineOutlets } from './dateline-outlets.js';
import { buildPersonRegistry } from './person-registry.js';
import { repairPersonMentions } from './repair-person-mentions.js';
import type { PhraseMatch } from './phrase-matcher.js';
import { sentenceEvents, type SpeechAct } from './sentence-events.js';
import { sentenceParties, type Discourse, type Party } from './sentence-parties.js';
import type { TimeExpression } from '../time/types.js';
import type { Sentence } from './split-sentences.js';

export interface EventExtractionInput {
  /** The article's text as `articleText` builds it: title, then paragraphs, separated by blank lines. */
  text: string;
  /** BCP-47 language of the article; its pack's `events.ts` gives the vocabulary. */
  language: string | null;
  /** The entity stage's mentions, offsets into `text`. */
  mentions: readonly EntityMention[];
  /** The time stage's expressions, offsets into `text`, already resolved against the publication date. */
  timeExpressions: readonly TimeExpression[];
  /** The article's publication day (ISO), which dates present-tense statements ("says") that state no time. */
  published?: string | null;
}

export interface ArticleEvents {
  events: ArticleEvent[];
  quotes: Quote[];
  /** Why nothing was looked for (no language pack for the article's language), else null. */
  declined: string | null;
}

/** Joint events whose parties "both sides" and "the two presidents" point back to. */
const TALK_TYPES = new Set(['consult', 'agree', 'mediate']);
/** Joint events whose parties "the two countries" points back to. */
const CONFLICT_TYPES = new Set(['fight', 'agree', 'reduce-relations']);

const isCountry = (participant: EventParticipant): boolean => participant.type === 'place' && /^[A-Z]{2}$/u.test(participant.placeId ?? '');
const renamed = (participants: readonly EventParticipant[]): EventParticipant[] => participants.map((participant) => ({ ...participant, link: 'name' }));

/** Records what a sentence leaves for the pronouns and group references of the next ones. */
function advanceDiscourse(discourse: Discourse, events: readonly ArticleEvent[], parties: readonly Party[]): void {
  const actorPerson = events.flatMap((event) => event.actors).find((actor) => actor.type === 'person');
  const namedPerson = parties.flatMap((party) => party.participants).find((participant) => participant.type === 'person');
  const person = actorPerson ?? namedPerson;
  if (person) discourse.lastPerson = { ...person, link: 'name' };
  const jointOf = (types: ReadonlySet<string>): EventParticipant[] => {
    const event = [...events].reverse().find((candidate) => types.has(candidate.type) && candidate.actors.length + candidate.targets.length >= 2);
    return event ? [...event.actors, ...event.targets] : [];
  };
  // "Both sides" after a report of talks means the parties of the talks.
  const talks = jointOf(TALK_TYPES);
  if (talks.length >= 2) discourse.groups.either = renamed(talks);
  const people = talks.filter((participant) => participant.type === 'person');
  if (people.length >= 2) discourse.groups.people = renamed(people);
  // "The two countries": the last countries named together, fighting, agreeing, or after "between".
  const between = parties.filter((party) => party.role === 'between').flatMap((party) => party.participants);
  const namedBetween = between.filter(isCountry);
  const countries = namedBetween.length >= 2 ? namedBetween : jointOf(CONFLICT_TYPES).filter(isCountry);
  if (countries.length >= 2) discourse.groups.countries = renamed(countries);
}

function sourcesOf(view: ArticleView, context: SentenceContext): SourceMention[] {
  return context.parties
    .filter((party) => party.role === 'according' && party.participants.length === 1)
    .map((party) => {
      const markerStart = [...view.markerAt.values()].find((marker) => marker.end <= party.firstToken && marker.end >= party.firstToken - 4 && marker.value.includes('according'));
      const start = view.tokens[markerStart?.start ?? party.firstToken]!.start;
      const end = view.tokens[(markerStart?.end ?? party.firstToken + 1) - 1]!.end;
      return { marker: { start, end }, source: party.participants[0]!, sentence: context.sentence };
    });
}

/** Whether a sentence may name a source ("according to X", "X'e göre"), so it is read even without a trigger. */
function namesSource(view: ArticleView, sentence: Sentence): boolean {
  for (let t = sentence.firstToken; t < sentence.endToken; t += 1) {
    if (view.markerAt.get(t)?.value.includes('according') || view.lexicon.afterWords.get(view.folded[t]!) === 'according') return true;
  }
  return false;
}

function firstPersonIn(view: ArticleView, sentence: Sentence): EventParticipant | null {
  for (let index = firstMentionFrom(view, sentence.firstToken); index < view.mentions.length; index += 1) {
    const { mention, firstToken } = view.mentions[index]!;
    if (firstToken >= sentence.endToken) break;
    if (mention.type === 'person') return { name: mention.name, type: 'person', span: { text: mention.text, start: mention.start, end: mention.end }, mention, link: 'name' };
  }
  return null;
}

/** Gives events told inside a quotation or a reported clause the quote's speaker. */
function attribute(events: ArticleEvent[], quotes: readonly Quote[]): void {
  for (const event of events) {
    const quote = quotes.find((candidate) => candidate.speaker && candidate.content.start <= event.trigger.start && event.trigger.end <= candidate.content.end);
    if (quote?.speaker) event.attributedTo = quote.speaker;
  }
}

/**
 * @example
 * const text = articleText(article);
 * extractArticleEvents({ text, language: article.language, mentions: recognizeEntities(article), timeExpressions: findTimeExpressions(text, article.language, published) })
 *   // { events: [{ type: 'consult', subtype: 'phone-call', actors: [{ name: 'Hassan Rouhani', … }], targets: [{ name: 'Vladimir Putin', … }], date: { value: '2020-10-10', … } }], quotes: […], declined: null }
 */
export function extractArticleEvents(input: EventExtractionInput): ArticleEvents {
  const lexicon = eventLexicon(input.language);
  if (!lexicon) return { events: [], quotes: [], declined: `no language pack for ${JSON.stringify(input.language)}` };
  const mentions = withoutDatelineOutlets(input.text, repairPersonMentions(input.mentions), lexicon.agencies);
  const view = buildArticleView(input.text, lexicon, mentions);
  const registry = buildPersonRegistry(view);
  const { triggers } = view;
  const expressions = [...input.timeExpressions].sort((a, b) => a.start - b.start);
  const discourse: Discourse = { lastPerson: null, groups: { people: [], countries: [], either: [] } };
  const events: ArticleEvent[] = [];
  const acts: SpeechAct[] = [];
  const sources: SourceMention[] = [];
  let next = 0;
  for (const sentence of view.sentences) {
    const inSentence: PhraseMatch<TriggerValue>[] = [];
    while (next < triggers.length && triggers[next]!.start < sentence.endToken) {
      const trigger = triggers[next++]!;
      if (trigger.start >= sentence.firstToken && trigger.end <= sentence.endToken) inSentence.push(trigger);
    }
    if (inSentence.length === 0 && !namesSource(view, sentence)) {
      // Nothing to extract: only keep the person it names for a pronoun in the next sentence.
      const person = firstPersonIn(view, sentence);
      if (person) discourse.lastPerson = person;
      continue;
    }
    const parties = sentenceParties(view, sentence, registry, discourse);
    const context: SentenceContext = {
      view,
      sentence,
      parties,
      boundary: clauseBoundaries(view, sentence),
      verbEnds: new Set(inSentence.filter((trigger) => trigger.value.form === 'verbal').map((trigger) => trigger.end)),
      speechEnds: new Set(inSentence.filter((trigger) => trigger.value.speech).map((trigger) => trigger.end)),
      partyAt: partiesByToken(parties),
    };
    const found = sentenceEvents(context, inSentence, expressions, discourse, input.published ?? null);
    events.push(...found.events);
    acts.push(...found.speechActs);
    sources.push(...sourcesOf(view, context));
    advanceDiscourse(discourse, found.events, parties);
  }
  const quotes = attributeQuotes(view, acts, sources);
  attribute(events, quotes);
  return { events, quotes, declined: null };
}
