/**
 * One suite run against every pack folder: the same files, the same shape,
 * complete CLDR names and real data in every list.
 */
import { readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldForMatch } from './match-fold.js';
import { allLanguagePacks, getLanguagePack } from './registry.js';
import type { EntityCues, LanguagePack } from './types.js';

const LANG_DIR = new URL('./', import.meta.url);
const PACK_FILES = ['boilerplate.ts', 'cues.ts', 'dates.ts', 'entities.ts', 'events.ts', 'index.ts', 'normalize.ts', 'stopwords.ts', 'time.ts'];
const PACK_KEYS = ['boilerplate', 'code', 'cues', 'dateNames', 'dates', 'direction', 'entities', 'events', 'name', 'normalize', 'scripts', 'stopwords', 'time'];
const OFFSET = /^(Z|[+-]\d\d:\d\d)$/u;
/** Scripts without capital letters: their packs list no capitalised non-names. */
const CASELESS_SCRIPTS = new Set(['Arab']);
/**
 * The only packs that glue something to a name: articles and elisions before it (ar "وال", fr "l'", it "dell'"),
 * case endings or a possessive after it (tr "'nin", az "nın", en and nl "'s", de "'", hy "ը"). Every other
 * language has none, so its lists must stay empty: a clitic listed by mistake would cut names short.
 */
const GLUED_PREFIXES = new Set(['ar', 'fr', 'it']);
const GLUED_SUFFIXES = new Set(['az', 'de', 'en', 'hy', 'nl', 'tr']);
/** The entity cues that are word lists (the demonym variants are a table by country). */
function wordListsOf(entities: EntityCues): Omit<EntityCues, 'demonymVariants'> {
  const { demonymVariants: _variants, ...lists } = entities;
  return lists;
}
const WORD_LISTS = ['personTitles', 'organizationWords', 'placeWords', 'nameParticles'] as const satisfies readonly (keyof EntityCues)[];
/**
 * Entity lists the recogniser has been tuned with (WikiANN dev, the seed documents) for some languages only.
 * Every pack has the field; these packs must fill it, the others keep it empty until a list is tuned for them
 * (an untested list changes what the recogniser finds).
 */
const TUNED_LISTS = {
  // Arabic's let a mid-sized gazetteer city count as a place (ngram-spans.ts, tested in arabic-names.test.ts).
  placePrepositions: new Set(['ar', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru', 'uk']),
  determiners: new Set(['de', 'en', 'es', 'fr', 'it', 'nl', 'pt']),
  otherNameWords: new Set(['de', 'en', 'es', 'fr']),
  nameConnectors: new Set(['de', 'en', 'fr']),
  numberedNameWords: new Set(['de', 'en', 'fr']),
  regnalOrdinals: new Set(['ar']),
  compassWords: new Set(['ar', 'fa']),
  titleQualifiers: new Set(['ar', 'fa']),
  givenNames: new Set(['ar', 'fa']),
  commonWordGivenNames: new Set(['ar']),
  unnamedSpeakers: new Set(['ar']),
  purposeOrganizationWords: new Set(['ar']),
  aliasMarkers: new Set(['ar', 'de', 'en', 'es', 'fa', 'fr', 'ru']),
} as const satisfies Partial<Record<keyof EntityCues, ReadonlySet<string>>>;

/**
 * Packs whose time vocabulary (time.ts) is written from their press; the others keep every list empty
 * (src/lang/empty-time-vocabulary.ts) until someone checks real forms for them: az, hy, ur.
 */
const TIME_FILLED = new Set(['ar', 'de', 'en', 'es', 'fa', 'fr', 'it', 'nl', 'pl', 'pt', 'ru', 'tr', 'uk']);

const folders = readdirSync(LANG_DIR).filter((entry) => statSync(new URL(entry, LANG_DIR)).isDirectory()).sort();

describe('language pack folders', () => {
  it('are the packs the registry lists', () => {
    expect(allLanguagePacks().map((pack) => pack.code).sort()).toEqual(folders);
  });

  it('resolve region and underscore tags to the primary pack', () => {
    expect(getLanguagePack('fa-IR')?.code).toBe('fa');
    expect(getLanguagePack('ar_EG')?.code).toBe('ar');
    expect(getLanguagePack('EN')?.code).toBe('en');
    expect(getLanguagePack('xx')).toBeNull();
    expect(getLanguagePack(null)).toBeNull();
  });
});

describe.each(folders)('pack %s', (folder) => {
  const load = async (): Promise<LanguagePack> => ((await import(`./${folder}/index.ts`)) as { pack: LanguagePack }).pack;

  it('has the same files as every other pack', () => {
    const files = readdirSync(new URL(`${folder}/`, LANG_DIR)).filter((file) => !file.endsWith('.test.ts')).sort();
    expect(files).toEqual(PACK_FILES);
  });

  it('exports a pack of the common shape under its own valid BCP-47 code', async () => {
    const pack = await load();
    expect(Object.keys(pack).sort()).toEqual(PACK_KEYS);
    expect(pack.code).toBe(folder);
    expect(Intl.getCanonicalLocales(folder)).toEqual([folder]);
    expect(pack.name).not.toBe(folder);
    expect(pack.scripts.length).toBeGreaterThan(0);
  });

  it('has twelve months in every calendar and seven weekdays, all from CLDR', async () => {
    const names = (await load()).dateNames();
    expect(names.monthSets[0]?.calendar).toBe('gregory');
    for (const set of names.monthSets) {
      expect(set.months).toHaveLength(12);
      const folded = set.months.map((month) => new Set(month.long.map(foldForMatch)));
      folded.forEach((forms, i) => {
        expect(forms.size, `${set.locale} month ${i + 1}`).toBeGreaterThan(0);
        // No full name may belong to two months of the same set.
        folded.forEach((other, j) => i !== j && [...forms].forEach((form) => expect(other.has(form), form).toBe(false)));
      });
    }
    expect(names.weekdays).toHaveLength(7);
    for (const day of names.weekdays) expect(day.long.length).toBeGreaterThan(0);
    expect(names.dayPeriods.am.length).toBeGreaterThan(0);
    expect(names.dayPeriods.pm.length).toBeGreaterThan(0);
  });

  it('has real data in every list', async () => {
    const pack = await load();
    expect(pack.boilerplate.length).toBeGreaterThanOrEqual(10);
    expect(pack.stopwords.size).toBeGreaterThanOrEqual(30);
    expect(pack.cues.credit.length).toBeGreaterThan(0);
    expect(pack.cues.agencies.length).toBeGreaterThan(0);
    expect(pack.cues.opinion.length).toBeGreaterThan(0);
    for (const list of [pack.cues.relatedHeaders, pack.cues.captions, pack.cues.hedges, pack.cues.attribution]) expect(list.length).toBeGreaterThan(0);
    expect(pack.dates.relativeDays.today.length).toBeGreaterThan(0);
    expect(pack.dates.relativeDays.yesterday.length).toBeGreaterThan(0);
    for (const offset of Object.values(pack.dates.timezones)) expect(offset).toMatch(OFFSET);
    // Every language's press marks a date as published or updated; the words are matched lower-cased.
    for (const key of ['publishedCues', 'updatedCues'] as const) {
      const cues = pack.dates[key];
      expect(cues.length, key).toBeGreaterThan(0);
      for (const cue of cues) expect(cue.trim() === cue && cue.toLocaleLowerCase(folder) === cue, `${key} ${JSON.stringify(cue)}`).toBe(true);
      expect(new Set(cues).size, `${key} entries once`).toBe(cues.length);
    }
    const updated = new Set(pack.dates.updatedCues);
    expect(pack.dates.publishedCues.filter((cue) => updated.has(cue)), 'cues both published and updated').toEqual([]);
    const all = [...pack.boilerplate, ...Object.values(pack.cues).flat(), ...Object.values(wordListsOf(pack.entities)).flat(), ...pack.stopwords];
    for (const phrase of all) expect(phrase.trim(), JSON.stringify(phrase)).toBe(phrase);
    expect(new Set(pack.boilerplate).size).toBe(pack.boilerplate.length);
  });

  it('has entity cues where the language has them, each entry once', async () => {
    const pack = await load();
    const { entities } = pack;
    for (const key of WORD_LISTS) expect(entities[key].length, key).toBeGreaterThan(0);
    for (const [key, tuned] of Object.entries(TUNED_LISTS) as [keyof typeof TUNED_LISTS, ReadonlySet<string>][]) {
      expect(Array.isArray(entities[key]), key).toBe(true);
      expect(entities[key].length > 0, key).toBe(tuned.has(folder));
    }
    const caseless = pack.scripts.every((script) => CASELESS_SCRIPTS.has(script));
    expect(entities.capitalizedNonNames.length > 0, 'capitalizedNonNames').toBe(!caseless);
    expect(entities.cliticPrefixes.length > 0, 'cliticPrefixes').toBe(GLUED_PREFIXES.has(folder));
    expect(entities.cliticSuffixes.length > 0, 'cliticSuffixes').toBe(GLUED_SUFFIXES.has(folder));
    // Words are matched folded, so two that fold alike are one entry; clitics keep their exact spellings
    // (Turkish "'nin" and "'nın" fold alike but follow vowel harmony).
    for (const [key, list] of Object.entries(wordListsOf(entities)) as [keyof EntityCues, readonly string[]][]) {
      const folded = key.startsWith('clitic') ? list : list.map(foldForMatch);
      const repeated = folded.filter((form, i) => folded.indexOf(form) !== i);
      expect(repeated, `${key} entries that fold alike`).toEqual([]);
    }
  });

  it('lists demonym variants under ISO country codes, each form once', async () => {
    const { demonymVariants } = (await load()).entities;
    for (const [code, forms] of Object.entries(demonymVariants)) {
      expect(code, 'an ISO 3166 alpha-2 code').toMatch(/^[A-Z]{2}$/u);
      expect(forms.length, code).toBeGreaterThan(0);
      for (const form of forms) expect(form.trim() !== '' && form.trim() === form, JSON.stringify(form)).toBe(true);
      expect(new Set(forms.map(foldForMatch)).size, `${code} forms that fold alike`).toBe(forms.length);
    }
  });

  it('writes entity cues in the form they are matched in', async () => {
    const pack = await load();
    const { entities } = pack;
    const lower = (text: string): string => text.toLocaleLowerCase(folder);
    for (const word of entities.capitalizedNonNames) expect(lower(word[0] ?? ''), word).not.toBe(word[0]);
    for (const particle of entities.nameParticles) expect(lower(particle), particle).toBe(particle);
    // Prepositions and articles are looked up as the lower-case word before a name.
    for (const word of [...entities.placePrepositions, ...entities.determiners, ...entities.nameConnectors]) expect(lower(word), word).toBe(word);
    // Clitics are stripped longest first, so a short one never hides a longer one ("ال" before "وال").
    for (const list of [entities.cliticPrefixes, entities.cliticSuffixes]) {
      const lengths = list.map((clitic) => [...clitic].length);
      expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    }
    // Month and weekday names come from CLDR and must not be vetoed as non-names here.
    const names = pack.dateNames();
    const calendarForms = [...names.monthSets.flatMap((set) => set.months), ...names.weekdays];
    const calendarNames = new Set(calendarForms.flatMap((forms) => forms.long).map(foldForMatch));
    expect(entities.capitalizedNonNames.filter((word) => calendarNames.has(foldForMatch(word)))).toEqual([]);
  });

  it('has a time vocabulary, filled where checked and empty but valid elsewhere', async () => {
    const { time } = await load();
    expect(time.weekdayForms).toHaveLength(7);
    expect(Number.isInteger(time.weekStartsOn) && time.weekStartsOn >= 0 && time.weekStartsOn <= 6).toBe(true);
    const filled = TIME_FILLED.has(folder);
    expect(new Set(Object.values(time.numbers)), 'numbers one to ten').toEqual(filled ? new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) : new Set());
    for (const unit of ['day', 'week', 'month', 'year'] as const) expect(time.units[unit].length > 0, unit).toBe(filled);
    for (const key of ['ago', 'last', 'next', 'current', 'yearCues'] as const) expect(time[key].before.length + time[key].after.length > 0, key).toBe(filled);
    const words = [
      ...time.dayOffsets.map((d) => d.text), ...time.notRelative, ...Object.keys(time.numbers), ...time.vagueNumbers, ...Object.values(time.units).flat(),
      ...time.countedUnits.map((u) => u.text), ...time.periodWords.map((p) => p.text), ...time.anchorLinks, ...time.weekdayForms.flat(),
      ...time.rangeOpeners, ...time.rangeJoiners, ...time.pairJoiners, ...time.rangeClosers, ...time.clockWords.map((c) => c.text),
      ...(['ago', 'fromNow', 'anchored', 'last', 'next', 'current', 'weekdayCues', 'yearCues', 'futureCues'] as const).flatMap((key) => [...time[key].before, ...time[key].after]),
    ];
    for (const word of words) expect(word.trim() !== '' && word.trim() === word, JSON.stringify(word)).toBe(true);
  });

  it('normalises idempotently', async () => {
    const pack = await load();
    for (const phrase of [...pack.boilerplate, ...pack.stopwords]) {
      const once = pack.normalize(phrase);
      expect(pack.normalize(once)).toBe(once);
    }
  });
});
