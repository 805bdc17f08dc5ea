/**
 * Every pack's events.ts: phrases written in the syntax the matcher reads (src/lang/event-vocabulary.ts),
 * no phrase under two event kinds, and a full taxonomy in the six languages events are tested in.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, type EventKind } from '../core/event.js';
import type { EventVocabulary } from './event-vocabulary.js';
import { foldForMatch } from './match-fold.js';
import { allLanguagePacks } from './registry.js';

/** The languages whose event words are tested sentence by sentence (src/pipeline/events). */
const TESTED = new Set(['ar', 'en', 'fa', 'fr', 'ru', 'tr']);
/** Kinds every pack must name, however small: enough to put the common diplomatic and conflict events on a timeline. */
const CORE_KINDS: readonly EventKind[] = ['consult', 'consult/phone-call', 'consult/meeting', 'consult/visit', 'agree', 'agree/ceasefire', 'fight'];
const STEM_MIN_LETTERS = 3;

function allPhrases(vocabulary: EventVocabulary): string[] {
  const { groupReferences: groups } = vocabulary;
  const markers = [vocabulary.accordingTo, vocabulary.counterpart, vocabulary.between, vocabulary.agent, vocabulary.place, vocabulary.genitive, vocabulary.adjunct];
  return [
    ...Object.values(vocabulary.verbTriggers).flat(),
    ...Object.values(vocabulary.nounTriggers).flat(),
    ...vocabulary.speechVerbs,
    ...vocabulary.speechParticiples,
    ...vocabulary.presentTense.verbs,
    ...vocabulary.presentTense.notAfter,
    ...markers.flatMap((marker) => [...marker.before, ...marker.after]),
    ...vocabulary.complementizers,
    ...vocabulary.relativeMarkers,
    ...vocabulary.coordinators,
    ...vocabulary.negations,
    ...vocabulary.futureMarkers,
    ...vocabulary.possibleMarkers,
    ...vocabulary.subjectPronouns,
    ...groups.people,
    ...groups.countries,
    ...groups.either,
    ...vocabulary.roleNouns,
    ...vocabulary.counterpartNouns,
  ];
}

describe.each(allLanguagePacks().map((pack) => [pack.code, pack] as const))('events.ts of %s', (code, pack) => {
  const vocabulary = pack.events;

  it('writes every phrase in the matcher syntax: single spaces, stems of three letters or more, gaps between words', () => {
    for (const phrase of allPhrases(vocabulary)) {
      expect(phrase, JSON.stringify(phrase)).toBe(phrase.trim());
      expect(phrase, JSON.stringify(phrase)).not.toMatch(/\s{2}|^$/u);
      const words = phrase.split(' ');
      words.forEach((word, i) => {
        if (word === '…') expect(i > 0 && i < words.length - 1, `gap at an end of ${JSON.stringify(phrase)}`).toBe(true);
        else expect(word.slice(0, -1), `* inside ${JSON.stringify(phrase)}`).not.toContain('*');
        if (word.endsWith('*')) expect([...foldForMatch(word.slice(0, -1))].length, `short stem in ${JSON.stringify(phrase)}`).toBeGreaterThanOrEqual(STEM_MIN_LETTERS);
      });
    }
  });

  it('lists each trigger phrase under one kind only, and a verb of saying once', () => {
    const owner = new Map<string, string>();
    for (const [form, table] of [['verb', vocabulary.verbTriggers], ['noun', vocabulary.nounTriggers]] as const) {
      for (const [kind, phrases] of Object.entries(table)) {
        for (const phrase of phrases) {
          const key = foldForMatch(phrase);
          expect(owner.get(key), `${JSON.stringify(phrase)} is ${owner.get(key)} and ${form}:${kind}`).toBeUndefined();
          owner.set(key, `${form}:${kind}`);
        }
      }
    }
    const speech = [...vocabulary.speechVerbs, ...vocabulary.speechParticiples].map(foldForMatch);
    expect(speech.filter((phrase, i) => speech.indexOf(phrase) !== i)).toEqual([]);
  });

  it('names the core kinds, verbs of saying, coordinators and role nouns', () => {
    const kinds = new Set([...Object.keys(vocabulary.verbTriggers), ...Object.keys(vocabulary.nounTriggers)]);
    for (const kind of CORE_KINDS) expect(kinds.has(kind), kind).toBe(true);
    expect(vocabulary.speechVerbs.length).toBeGreaterThanOrEqual(5);
    expect(vocabulary.coordinators.length).toBeGreaterThan(0);
    expect(vocabulary.roleNouns.length).toBeGreaterThan(0);
    expect(vocabulary.counterpartNouns.length).toBeGreaterThan(0);
    expect(vocabulary.negations.length).toBeGreaterThan(0);
  });

  it.runIf(TESTED.has(code))('has triggers for every type of the taxonomy', () => {
    const types = new Set([...Object.keys(vocabulary.verbTriggers), ...Object.keys(vocabulary.nounTriggers)].map((kind) => kind.split('/')[0]));
    expect(EVENT_TYPES.filter((type) => type !== 'statement' && !types.has(type))).toEqual([]);
  });

  it('strips glued prefixes longest first, so "وال" is tried before "و"', () => {
    const lengths = vocabulary.gluedPrefixes.map((prefix) => [...prefix].length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});
