/**
 * One lookup table per language from folded phrases to what they mean in a time expression, built
 * from the pack's `time` vocabulary, its relative day words and its weekday forms on first use.
 * CLDR weekday names are read through the date lexicon (src/pipeline/dates/), not repeated here.
 */
import type { LanguagePack, TimeMarkers, TimeUnit } from '../../lang/types.js';
import { phraseKey } from '../dates/date-lexicon.js';

export type MarkerKind = 'ago' | 'fromNow' | 'anchored' | 'last' | 'next' | 'current' | 'weekdayCue' | 'yearCue' | 'futureCue';
export type Position = 'before' | 'after';

export type TimeMeaning =
  | { readonly kind: 'dayOffset'; readonly offset: number }
  | { readonly kind: 'notRelative' }
  /** `value` null for a vague count ("a few", «несколько»). */
  | { readonly kind: 'number'; readonly value: number | null }
  /** `count` is set for forms that carry it (the Arabic dual); `singular` for a unit's first, uncounted form. */
  | { readonly kind: 'unit'; readonly unit: TimeUnit; readonly count: number | null; readonly singular: boolean }
  | { readonly kind: 'period'; readonly unit: TimeUnit; readonly offset: number }
  | { readonly kind: 'weekday'; readonly weekday: number }
  | { readonly kind: 'clock'; readonly hour: number; readonly minute: number }
  | { readonly kind: 'rangeOpener' | 'rangeJoiner' | 'pairJoiner' | 'rangeCloser' | 'timeConnector' | 'anchorLink' }
  | { readonly kind: MarkerKind; readonly position: Position };

export type MeaningKind = TimeMeaning['kind'];

export interface TimeLexicon {
  readonly language: string;
  readonly entries: ReadonlyMap<string, readonly TimeMeaning[]>;
  /** First tokens of phrases longer than one token. */
  readonly phraseStarts: ReadonlySet<string>;
  readonly maxTokens: number;
  /**
   * Last tokens of the phrases every relative expression holds one of (a day word, a unit, a weekday
   * form, a period word): readers only run near these, numbers and dates, not at every word.
   */
  readonly anchors: ReadonlySet<string>;
}

const ANCHOR_KINDS: ReadonlySet<MeaningKind> = new Set(['dayOffset', 'notRelative', 'unit', 'period', 'weekday']);

class TimeLexiconBuilder {
  readonly entries = new Map<string, TimeMeaning[]>();
  readonly phraseStarts = new Set<string>();
  readonly anchors = new Set<string>();
  maxTokens = 1;

  add(phrase: string, meaning: TimeMeaning): void {
    const { key, tokens } = phraseKey(phrase);
    if (!key) return;
    if (ANCHOR_KINDS.has(meaning.kind)) this.anchors.add(key.split(' ').at(-1)!);
    const list = this.entries.get(key) ?? [];
    if (!list.some((m) => JSON.stringify(m) === JSON.stringify(meaning))) list.push(meaning);
    this.entries.set(key, list);
    if (tokens > 1) this.phraseStarts.add(key.split(' ')[0]!);
    this.maxTokens = Math.max(this.maxTokens, tokens);
  }

  addMarkers(markers: TimeMarkers, kind: MarkerKind): void {
    for (const position of ['before', 'after'] as const) for (const text of markers[position]) this.add(text, { kind, position });
  }
}

/** Today, yesterday and tomorrow from the pack's dates; a word listed as both yesterday and tomorrow (Urdu "کل") is left unread. */
function relativeDays(pack: LanguagePack): { text: string; offset: number }[] {
  const { today, yesterday, tomorrow } = pack.dates.relativeDays;
  const both = new Set(yesterday.filter((word) => tomorrow.includes(word)));
  return [
    ...today.map((text) => ({ text, offset: 0 })),
    ...yesterday.filter((text) => !both.has(text)).map((text) => ({ text, offset: -1 })),
    ...tomorrow.filter((text) => !both.has(text)).map((text) => ({ text, offset: 1 })),
  ];
}

function buildLexicon(pack: LanguagePack): TimeLexicon {
  const builder = new TimeLexiconBuilder();
  const { time } = pack;
  for (const { text, offset } of [...relativeDays(pack), ...time.dayOffsets]) builder.add(text, { kind: 'dayOffset', offset });
  for (const text of time.notRelative) builder.add(text, { kind: 'notRelative' });
  for (const [text, value] of Object.entries(time.numbers)) builder.add(text, { kind: 'number', value });
  for (const text of time.vagueNumbers) builder.add(text, { kind: 'number', value: null });
  for (const text of time.anchorLinks) builder.add(text, { kind: 'anchorLink' });
  for (const [unit, forms] of Object.entries(time.units) as [TimeUnit, readonly string[]][]) {
    forms.forEach((text, i) => builder.add(text, { kind: 'unit', unit, count: null, singular: i === 0 }));
  }
  for (const { text, unit, count } of time.countedUnits) builder.add(text, { kind: 'unit', unit, count, singular: false });
  for (const { text, unit, offset } of time.periodWords) builder.add(text, { kind: 'period', unit, offset });
  time.weekdayForms.forEach((forms, weekday) => forms.forEach((text) => builder.add(text, { kind: 'weekday', weekday })));
  for (const { text, hour, minute } of time.clockWords) builder.add(text, { kind: 'clock', hour, minute });
  for (const text of time.rangeOpeners) builder.add(text, { kind: 'rangeOpener' });
  for (const text of time.rangeJoiners) builder.add(text, { kind: 'rangeJoiner' });
  for (const text of time.pairJoiners) builder.add(text, { kind: 'pairJoiner' });
  for (const text of time.rangeClosers) builder.add(text, { kind: 'rangeCloser' });
  for (const text of pack.dates.timeConnectors) builder.add(text, { kind: 'timeConnector' });
  builder.addMarkers(time.ago, 'ago');
  builder.addMarkers(time.fromNow, 'fromNow');
  builder.addMarkers(time.anchored, 'anchored');
  builder.addMarkers(time.last, 'last');
  builder.addMarkers(time.next, 'next');
  builder.addMarkers(time.current, 'current');
  builder.addMarkers(time.weekdayCues, 'weekdayCue');
  builder.addMarkers(time.yearCues, 'yearCue');
  builder.addMarkers(time.futureCues, 'futureCue');
  return { language: pack.code, entries: builder.entries, phraseStarts: builder.phraseStarts, maxTokens: builder.maxTokens, anchors: builder.anchors };
}

const lexicons = new Map<string, TimeLexicon>();

/** The time lexicon of one pack, built on the first call. */
export function timeLexicon(pack: LanguagePack): TimeLexicon {
  let lexicon = lexicons.get(pack.code);
  if (!lexicon) {
    lexicon = buildLexicon(pack);
    lexicons.set(pack.code, lexicon);
  }
  return lexicon;
}
