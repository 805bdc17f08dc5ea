/**
 * Repetition in caseless text: once "جلالي" is a person (after "السفير"),
 * every "جلالي" is, clitics and all ("وجلالي"); a name word written between a
 * descriptor and a known name extends it to the full name ("لدى موسكو كاظم
 * جلالي" → "كاظم جلالي"). Places named after a place word repeat the same way.
 */
import { canBeNameWord, isPlaceOrDemonym, joinedAnd } from './caseless-words.js';
import type { RecognitionContext } from './context.js';
import { makeSpan } from './make-span.js';
import type { Span } from './span.js';

interface KnownName {
  /** Folded words. */
  readonly words: readonly string[];
  readonly source: Span;
}

function foldedWords(context: RecognitionContext, span: Span): string[] {
  const out: string[] = [];
  for (let i = span.start; i < span.end; i += 1) {
    const word = context.words[i];
    if (!word?.isWord) continue;
    // The first word's clitics are outside the span: use the form that starts where the span does.
    const form = i === span.start ? (word.forms.find((f) => f.start === span.charStart) ?? word.forms[0]) : word.forms[0];
    if (form) out.push(form.folded);
  }
  return out;
}

/** What may stand right before a full name: a title, a nationality adjective or a place. */
function isDescriptor(context: RecognitionContext, i: number): boolean {
  return context.inCue[i]?.phrase.kind === 'personTitle' || isPlaceOrDemonym(context, i);
}

function matchAt(context: RecognitionContext, i: number, name: KnownName): { charStart: number; end: number } | null {
  const first = context.words[i]?.forms.find((form) => form.folded === name.words[0]);
  if (!first) return null;
  for (let k = 1; k < name.words.length; k += 1) if (context.words[i + k]?.folded !== name.words[k]) return null;
  return { charStart: first.start, end: i + name.words.length };
}

export function repeatCaselessNames(context: RecognitionContext, spans: Span[]): Span[] {
  const known: KnownName[] = spans
    .filter((span) => (span.type === 'person' || (span.type === 'place' && !span.placeId && !span.demonym)) && span.strength >= 2)
    .map((span) => ({ words: foldedWords(context, span), source: span }))
    .filter((name) => name.words.length > 0)
    // A person's last name alone ("بوتين" after "فلاديمير بوتين").
    .flatMap((name) => (name.source.type === 'person' && name.words.length > 1 ? [name, { words: name.words.slice(-1), source: name.source }] : [name]))
    .sort((a, b) => b.words.length - a.words.length);
  if (known.length === 0) return spans;
  const byFirst = new Map<string, KnownName[]>();
  for (const name of known) {
    const list = byFirst.get(name.words[0]!) ?? [];
    list.push(name);
    byFirst.set(name.words[0]!, list);
  }
  // The span covering each token, so a new match finds what it overlaps without scanning every span.
  const spanAt: (Span | undefined)[] = new Array<Span | undefined>(context.words.length);
  for (const span of spans) for (let k = span.start; k < span.end; k += 1) spanAt[k] = span;
  const added: Span[] = [];
  const removed = new Set<Span>();
  const { words } = context;
  for (let i = 0; i < words.length; i += 1) {
    const candidates = words[i]?.forms.flatMap((form) => byFirst.get(form.folded) ?? []) ?? [];
    for (const name of candidates) {
      const match = matchAt(context, i, name);
      if (!match) continue;
      let start = i;
      let charStart = match.charStart;
      // Extend a one-word person backwards to the name word before it, when a descriptor comes before that.
      const previous = i - 1;
      if (name.source.type === 'person' && name.words.length === 1 && match.charStart === words[i]?.token.start && canBeNameWord(context, previous) && !spanAt[previous]) {
        const word = words[previous]!;
        // Not a word with a joined "and", which starts another name ("روحاني وبوتين"); "فيصل" and Persian "ولادیمیر" are names.
        if (!joinedAnd(context, previous) && isDescriptor(context, previous - 1)) {
          start = previous;
          charStart = word.token.start;
        }
      }
      const span = { ...makeSpan(context, start, match.end, name.source.type, ['repeats'], start < i ? 2 : 1.5), charStart };
      const covering = new Set<Span>();
      for (let k = start; k < match.end; k += 1) if (spanAt[k]) covering.add(spanAt[k]!);
      if ([...covering].every((other) => other.charEnd - other.charStart < span.charEnd - span.charStart && other.strength <= span.strength)) {
        for (const other of covering) removed.add(other);
        for (let k = start; k < match.end; k += 1) spanAt[k] = span;
        added.push(span);
      }
      i = match.end - 1;
      break;
    }
  }
  return [...spans.filter((span) => !removed.has(span)), ...added.filter((span) => !removed.has(span))].sort((a, b) => a.charStart - b.charStart);
}
