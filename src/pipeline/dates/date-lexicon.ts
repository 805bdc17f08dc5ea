/**
 * One lookup table from folded phrases to what they mean in a date, built from
 * every pack's CLDR names and date vocabulary on first use.
 */
import { allLanguagePacks } from '../../lang/registry.js';
import type { CalendarSystem, LanguagePack, NameForms } from '../../lang/types.js';
import { tokenize } from './tokenize.js';

export type Meaning =
  | { kind: 'month'; month: number; calendar: CalendarSystem; language: string; abbreviated: boolean }
  | { kind: 'weekday'; weekday: number; language: string; abbreviated: boolean }
  | { kind: 'timezone'; offset: string; language: string | null }
  | { kind: 'yearSuffix'; calendar: CalendarSystem | null; language: string }
  | { kind: 'dayPeriod'; pm: boolean; language: string }
  | { kind: 'ordinal' | 'connector' | 'timeConnector' | 'timeSuffix'; language: string };

export type MeaningKind = Meaning['kind'];

export interface DateLexicon {
  /** Folded phrase (tokens joined by one space) → meanings, packs in registry order. */
  readonly entries: ReadonlyMap<string, readonly Meaning[]>;
  /** First tokens of phrases longer than one token. */
  readonly phraseStarts: ReadonlySet<string>;
  readonly maxTokens: number;
}

/** Time-zone names every language writes the same way. */
const UNIVERSAL_ZONES: Readonly<Record<string, string>> = { GMT: 'Z', UTC: 'Z', UT: 'Z' };

/** The lookup key of a phrase: its folded tokens joined by single spaces. */
export function phraseKey(phrase: string): { key: string; tokens: number } {
  const tokens = tokenize(phrase);
  return { key: tokens.map((t) => t.text).join(' '), tokens: tokens.length };
}

class LexiconBuilder {
  readonly entries = new Map<string, Meaning[]>();
  readonly phraseStarts = new Set<string>();
  maxTokens = 1;

  add(phrase: string, meaning: Meaning): void {
    const { key, tokens } = phraseKey(phrase);
    // One-letter names ("C." for cümə) would match initials everywhere.
    if (!key || (tokens === 1 && [...key].length < 2 && (meaning.kind === 'month' || meaning.kind === 'weekday'))) return;
    const list = this.entries.get(key) ?? [];
    if (!list.some((m) => JSON.stringify(m) === JSON.stringify(meaning))) list.push(meaning);
    this.entries.set(key, list);
    if (tokens > 1) this.phraseStarts.add(key.split(' ')[0]!);
    this.maxTokens = Math.max(this.maxTokens, tokens);
  }

  /** A CLDR name plus the spellings outlets also use: ZWNJ as a space, the pack's own rewrites. */
  addName(pack: LanguagePack, name: string, meaning: Meaning): void {
    const variants = new Set([name, name.replace(/\u200c/gu, ' ')]);
    for (const { pattern, replacement } of pack.dates.nameVariants ?? []) variants.add(name.replace(pattern, replacement));
    for (const variant of variants) this.add(variant, meaning);
  }

  addForms(pack: LanguagePack, forms: NameForms, make: (abbreviated: boolean) => Meaning): void {
    for (const name of forms.long) this.addName(pack, name, make(false));
    for (const name of forms.short) this.addName(pack, name, make(true));
  }

  addPack(pack: LanguagePack): void {
    const language = pack.code;
    const names = pack.dateNames();
    for (const set of names.monthSets) {
      set.months.forEach((forms, i) => this.addForms(pack, forms, (abbreviated) => ({ kind: 'month', month: i + 1, calendar: set.calendar, language, abbreviated })));
    }
    names.weekdays.forEach((forms, weekday) => this.addForms(pack, forms, (abbreviated) => ({ kind: 'weekday', weekday, language, abbreviated })));
    const { dates } = pack;
    for (const [pm, words] of [[false, [...names.dayPeriods.am, ...dates.dayPeriods.am]], [true, [...names.dayPeriods.pm, ...dates.dayPeriods.pm]]] as const) {
      for (const word of words) this.add(word, { kind: 'dayPeriod', pm, language });
    }
    for (const [phrase, offset] of Object.entries(dates.timezones)) this.add(phrase, { kind: 'timezone', offset, language });
    for (const suffix of dates.yearSuffixes) this.add(suffix.text, { kind: 'yearSuffix', calendar: suffix.calendar ?? null, language });
    for (const word of dates.ordinalSuffixes) this.add(word, { kind: 'ordinal', language });
    for (const word of dates.connectors) this.add(word, { kind: 'connector', language });
    for (const word of dates.timeConnectors) this.add(word, { kind: 'timeConnector', language });
    for (const word of dates.timeSuffixes) this.add(word, { kind: 'timeSuffix', language });
  }
}

let lexicon: DateLexicon | undefined;

/** The lexicon of every registered pack, built on the first call. */
export function dateLexicon(): DateLexicon {
  if (lexicon) return lexicon;
  const builder = new LexiconBuilder();
  for (const [phrase, offset] of Object.entries(UNIVERSAL_ZONES)) builder.add(phrase, { kind: 'timezone', offset, language: null });
  for (const pack of allLanguagePacks()) builder.addPack(pack);
  lexicon = { entries: builder.entries, phraseStarts: builder.phraseStarts, maxTokens: builder.maxTokens };
  return lexicon;
}
