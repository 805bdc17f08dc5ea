import type { EntityType } from '../../../core/entity.js';
import type { RecognitionContext } from './context.js';
import { nameKeyOf } from './name-key-of.js';
import { NOTABLE_NAMES, NOTABLE_PLACES, type NotableName } from './notable-names.js';
import type { PlaceHit } from './place-lookup.js';
import type { Span } from './span.js';

/** Offsets of tokens [start, end) without clitics at either edge. */
export function charRange(context: RecognitionContext, start: number, end: number): { charStart: number; charEnd: number } {
  const first = context.words[start];
  const last = context.words[end - 1];
  return { charStart: first?.forms[0]?.start ?? first?.token.start ?? 0, charEnd: last?.forms[0]?.end ?? last?.token.end ?? 0 };
}

export function rangeText(context: RecognitionContext, start: number, end: number): string {
  const { charStart, charEnd } = charRange(context, start, end);
  return context.text.slice(charStart, charEnd);
}

export function rangeKey(context: RecognitionContext, start: number, end: number): string {
  return nameKeyOf(rangeText(context, start, end));
}

export function makeSpan(
  context: RecognitionContext,
  start: number,
  end: number,
  type: EntityType,
  evidence: string[],
  strength: number,
  extra: Partial<Span> = {},
): Span {
  return { start, end, ...charRange(context, start, end), type, evidence, strength, ...extra };
}

export function placeFields(hit: PlaceHit): Partial<Span> {
  return { placeId: hit.place.id, country: hit.place.country, name: hit.place.name };
}

interface NotableEntry {
  readonly notable: NotableName;
  /** Acronyms ("UN", "WHO") match only when written in capitals: "un", "who" are words. */
  readonly capitalsOnly: boolean;
  /** Forms written with a capital match only text written with one ("Europe", not "europe"). */
  readonly capitalised: boolean;
}

let notableIndex: Map<string, NotableEntry> | undefined;

/**
 * The notable name (treaty, vaccine, international organisation) written as
 * `key`, if any; `written` is the text as it stands, to check an acronym's capitals.
 */
export function notableNamed(key: string, written?: string): NotableName | undefined {
  if (!notableIndex) {
    notableIndex = new Map();
    for (const notable of [...NOTABLE_NAMES, ...NOTABLE_PLACES]) {
      for (const form of notable.forms) {
        const capitalsOnly = !/\s/u.test(form) && form === form.toUpperCase() && form !== form.toLowerCase();
        const key = nameKeyOf(form);
        if (!notableIndex.has(key)) notableIndex.set(key, { notable, capitalsOnly, capitalised: /^\p{Lu}/u.test(form) });
      }
    }
  }
  const entry = notableIndex.get(key);
  if (!entry || written === undefined) return entry?.notable;
  if (entry.capitalsOnly && !/^\P{Ll}*$/u.test(written)) return undefined;
  if (entry.capitalised && /^\p{Ll}/u.test(written)) return undefined;
  return entry.notable;
}

let notableFirstWords: Map<string, number> | undefined;

/** The most words a notable name starting with this folded word has (0 when none starts with it). */
export function notableLengthFrom(firstWord: string): number {
  if (!notableFirstWords) {
    notableFirstWords = new Map();
    for (const notable of [...NOTABLE_NAMES, ...NOTABLE_PLACES]) {
      for (const form of notable.forms) {
        const words = nameKeyOf(form).split(' ');
        const first = words[0] ?? '';
        notableFirstWords.set(first, Math.max(notableFirstWords.get(first) ?? 0, words.length));
      }
    }
  }
  return notableFirstWords.get(firstWord) ?? 0;
}
