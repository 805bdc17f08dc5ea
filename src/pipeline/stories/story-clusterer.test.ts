import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../core/entity.js';
import { profileFromJson, profileToJson } from '../../store/story-profile-json.js';
import type { KeyStats } from './key-stats.js';
import { CANDIDATE_WINDOW_DAYS, MAX_CANDIDATES, MAX_POSTINGS_PER_KEY, StoryClusterer, activeSince } from './story-clusterer.js';
import { THREAD_WINDOW_DAYS } from './threads.js';
import { DEFAULT_WEIGHTS } from './similarity.js';
import { emptyProfile } from './story-profile.js';
import { draftFeatures, type FeatureDraft } from './test-support/draft-features.js';
import type { ArticleFeatures, StoryAssignment, StoryProfile } from './types.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const T0 = Date.UTC(2020, 9, 10, 6);

const features = (id: string, draft: FeatureDraft): ArticleFeatures => draftFeatures(id, draft, T0);

const QUAKE: [string, EntityType][] = [
  ['bingol', 'place'],
  ['turkey', 'place'],
  ['afad', 'organization'],
];
const BUDGET: [string, EntityType][] = [
  ['bundestag', 'organization'],
  ['scholz', 'person'],
  ['germany', 'place'],
];

const quake1 = (): ArticleFeatures =>
  features('quake1', {
    title: 'Magnitude 6.1 earthquake hits Bingol province, kills 14',
    paragraphs: ['A magnitude 6.1 earthquake struck Bingol province in eastern Turkey, killing 14 people and injuring 186, the disaster agency AFAD said.'],
    entities: QUAKE,
  });
const quake2 = (): ArticleFeatures =>
  features('quake2', {
    title: 'Bingol earthquake: rescuers search rubble, 14 dead',
    paragraphs: ['Rescuers searched collapsed buildings in Bingol after the magnitude 6.1 earthquake killed 14 people, AFAD said.'],
    entities: QUAKE,
    publishedMs: T0 + 3 * HOUR_MS,
  });
const quakeRussian = (): ArticleFeatures =>
  features('quake-ru', {
    language: 'ru',
    title: 'Землетрясение магнитудой 6,1 в провинции Бингёль унесло жизни 14 человек',
    paragraphs: ['По данным AFAD, пострадали 186 человек.'],
    entities: QUAKE,
    publishedMs: T0 + 5 * HOUR_MS,
  });
const budget = (): ArticleFeatures =>
  features('budget1', {
    title: 'Bundestag passes the federal budget after a long debate',
    paragraphs: ['Chancellor Scholz defended the spending plan in parliament, where the coalition won the vote.'],
    entities: BUDGET,
    publishedMs: T0 + 2 * HOUR_MS,
  });

/** The fields of an assignment that must not depend on anything but the input. */
const summary = (assignment: StoryAssignment): unknown => [assignment.articleId, assignment.storyId, assignment.created, assignment.evidence];

describe('StoryClusterer', () => {
  it('puts articles on the same event in one story, across languages, and another event in a new story', () => {
    const clusterer = new StoryClusterer();
    const first = clusterer.add(quake1());
    expect(first).toMatchObject({ articleId: 'quake1', created: true, evidence: { reason: 'new story' } });
    const second = clusterer.add(quake2());
    expect(second).toMatchObject({ storyId: first.storyId, created: false, evidence: { reason: 'similar to story' } });
    expect(second.evidence.score).toBeGreaterThanOrEqual(clusterer.weights.threshold);
    expect(second.evidence.sharedEntities).toEqual(expect.arrayContaining(['bingol', 'afad']));
    const russian = clusterer.add(quakeRussian());
    expect(russian).toMatchObject({ storyId: first.storyId, created: false });
    expect(russian.evidence.lexical).toBeNull();
    const other = clusterer.add(budget());
    expect(other.created).toBe(true);
    expect(other.storyId).not.toBe(first.storyId);
    expect(clusterer.profile(first.storyId)).toMatchObject({ articles: 3, originals: 3 });
    expect(clusterer.storyOf('quake-ru')).toBe(first.storyId);
    expect(clusterer.storyOf('budget1')).toBe(other.storyId);
    expect(clusterer.allProfiles()).toHaveLength(2);
  });

  it('starts a new story for the same kind of event a month later', () => {
    const clusterer = new StoryClusterer();
    const first = clusterer.add(quake1());
    const later = clusterer.add(features('quake-later', { title: 'Magnitude 6.1 earthquake hits Bingol province, kills 14', entities: QUAKE, publishedMs: T0 + 40 * DAY_MS }));
    expect(later.created).toBe(true);
    expect(later.storyId).not.toBe(first.storyId);
  });

  it("joins a duplicate to its origin's story without adding its evidence", () => {
    const clusterer = new StoryClusterer();
    const origin = clusterer.add(quake1());
    const before = clusterer.profile(origin.storyId) as StoryProfile;
    const entities = new Map(before.entities);
    const terms = new Map(before.terms);
    // A reprint carrying extra names (a banner, a footer) and published later.
    const reprint = features('reprint1', { title: 'Earthquake in Bingol', entities: [...QUAKE, ['reuters', 'organization']], publishedMs: T0 + DAY_MS });
    const assignment = clusterer.add(reprint, { originId: 'quake1', relation: 'reprint' });
    expect(assignment).toMatchObject({ storyId: origin.storyId, created: false, evidence: { score: 1, reason: 'reprint of quake1' } });
    const after = clusterer.profile(origin.storyId) as StoryProfile;
    expect(after).toMatchObject({ articles: 2, originals: 1, lastMs: T0 + DAY_MS });
    expect(after.entities).toEqual(entities);
    expect(after.terms).toEqual(terms);
    expect(clusterer.storyOf('reprint1')).toBe(origin.storyId);
  });

  it('counts an update of an origin as an original of its story', () => {
    const clusterer = new StoryClusterer();
    const origin = clusterer.add(quake1());
    clusterer.add(features('update1', { title: 'Bingol quake toll rises to 23', entities: [...QUAKE, ['karliova', 'place']] }), { originId: 'quake1', relation: 'update' });
    const profile = clusterer.profile(origin.storyId) as StoryProfile;
    expect(profile).toMatchObject({ articles: 2, originals: 2 });
    expect(profile.entities.has('karliova')).toBe(true);
  });

  it('clusters a duplicate of an unknown origin like any other article', () => {
    const clusterer = new StoryClusterer();
    const origin = clusterer.add(quake1());
    const assignment = clusterer.add(quake2(), { originId: 'not-clustered', relation: 'reprint' });
    expect(assignment).toMatchObject({ storyId: origin.storyId, evidence: { reason: 'similar to story' } });
    expect(clusterer.profile(origin.storyId)?.originals).toBe(2);
  });

  it('gives an article with no entities, language, date or text a story of its own', () => {
    const clusterer = new StoryClusterer();
    const bare = (id: string): ArticleFeatures => features(id, { language: null, publishedMs: null });
    const a = clusterer.add(bare('bare1'));
    const b = clusterer.add(bare('bare2'));
    expect(a.created).toBe(true);
    expect(b.created).toBe(true);
    expect(a.storyId).not.toBe(b.storyId);
    expect(clusterer.profile(a.storyId)).toMatchObject({ articles: 1, originals: 1, firstMs: null, lastMs: null });
    expect(clusterer.profile(a.storyId)?.languages).toEqual(new Map([['und', 1]]));
  });

  it('makes story ids unique when article ids share their prefix', () => {
    const clusterer = new StoryClusterer();
    const a = clusterer.add(features('0123456789abcdefAAA', { title: 'Quake' }));
    const b = clusterer.add(features('0123456789abcdefBBB', { title: 'Budget', publishedMs: T0 + 90 * DAY_MS }));
    expect(a.storyId).not.toBe(b.storyId);
    expect(b.storyId.startsWith(a.storyId)).toBe(true);
  });

  it('bounds the candidate stories, however many stories share the keys', () => {
    // 3 groups of 100 stories: every story has entity "common" and its group's entity.
    const groups = ['g0', 'g1', 'g2'];
    const profiles: StoryProfile[] = [];
    for (let i = 0; i < 300; i += 1) {
      const profile = emptyProfile(`s${String(i).padStart(3, '0')}`);
      profile.entities.set('common', 1).set(groups[i % 3] as string, 1);
      profiles.push(profile);
    }
    const stats: KeyStats = { total: 150, df: new Map([['e:common', 300], ['e:g0', 100], ['e:g1', 100], ['e:g2', 100]]) };
    const clusterer = new StoryClusterer({ stats });
    clusterer.seed(profiles);
    const article = features('probe', { entities: groups.map((g) => [g, 'place']), publishedMs: null });
    const found = clusterer.candidates(article);
    expect(300).toBeGreaterThan(MAX_CANDIDATES);
    expect(found).toHaveLength(Math.min(MAX_CANDIDATES, 3 * MAX_POSTINGS_PER_KEY));
    expect(new Set(found.map((p) => p.id)).size).toBe(found.length);
    // One key alone reads at most MAX_POSTINGS_PER_KEY stories, the most recent ones.
    const one = clusterer.candidates(features('probe2', { entities: [['common', 'place']], publishedMs: null }));
    expect(one).toHaveLength(Math.min(MAX_CANDIDATES, MAX_POSTINGS_PER_KEY));
    expect(one.map((p) => p.id)).toContain('s299');
    expect(one.map((p) => p.id)).not.toContain('s000');
  });

  it('does not offer a story whose last article is more than the candidate window before the article', () => {
    const clusterer = new StoryClusterer();
    clusterer.add(quake1());
    clusterer.add(quake2());
    expect(clusterer.candidates(features('probe', { entities: QUAKE, publishedMs: T0 + 2 * DAY_MS }))).toHaveLength(1);
    expect(clusterer.candidates(features('probe', { entities: QUAKE, publishedMs: T0 + 60 * DAY_MS }))).toHaveLength(0);
  });

  it('gives the same assignments for the same sequence', () => {
    const sequence = (): ArticleFeatures[] => [quake1(), budget(), quake2(), quakeRussian(), features('bare', { language: null, publishedMs: null })];
    const run = (): unknown[] => {
      const clusterer = new StoryClusterer();
      return sequence().map((f) => summary(clusterer.add(f)));
    };
    const first = run();
    expect(run()).toEqual(first);
    expect(new Set(first.map((s) => (s as unknown[])[1])).size).toBe(3);
  });

  it('assigns the next article the same way after its stories were stored and seeded into a new clusterer', () => {
    const original = new StoryClusterer();
    for (const f of [quake1(), budget(), quake2()]) original.add(f);
    const stored = original.allProfiles().map((profile) => ({ id: profile.id, json: profileToJson(profile) }));
    const statsCopy: KeyStats = { total: original.stats.total, df: new Map(original.stats.df) };
    const articleStories = new Map(['quake1', 'budget1', 'quake2'].map((id) => [id, original.storyOf(id) as string]));

    const seeded = new StoryClusterer({ stats: statsCopy });
    seeded.seed(
      stored.map(({ id, json }) => profileFromJson(id, json)),
      articleStories,
    );
    expect(seeded.changedProfiles()).toEqual([]);

    const next = [quakeRussian(), features('budget2', { title: 'Budget vote: Scholz wins in the Bundestag', entities: BUDGET, publishedMs: T0 + 4 * HOUR_MS })];
    for (const f of next) expect(summary(seeded.add(f))).toEqual(summary(original.add(f)));
    const reprint = features('reprint1', { title: 'Earthquake in Bingol', publishedMs: T0 + DAY_MS });
    expect(summary(seeded.add(reprint, { originId: 'quake2', relation: 'reprint' }))).toEqual(summary(original.add(reprint, { originId: 'quake2', relation: 'reprint' })));
    const fresh = features('fresh', { title: 'Volcano erupts', entities: [['etna', 'place']] });
    expect(summary(seeded.add(fresh))).toEqual(summary(original.add(fresh)));
    expect(seeded.changedProfiles().map((p) => p.id).sort()).toEqual([original.storyOf('quake1'), original.storyOf('budget1'), original.storyOf('fresh')].sort());
  });

  it('links stories that share their main people into one thread', () => {
    const clusterer = new StoryClusterer();
    const CALL: [string, EntityType][] = [
      ['rouhani', 'person'],
      ['putin', 'person'],
    ];
    const call = clusterer.add(features('call1', { title: 'Rouhani and Putin discuss Karabakh by phone', entities: CALL }));
    const visit = clusterer.add(features('visit1', { title: 'Putin receives Rouhani in Sochi for a summit', entities: [...CALL, ['sochi', 'place']], publishedMs: T0 + 20 * DAY_MS }));
    clusterer.add(budget());
    expect(visit.storyId).not.toBe(call.storyId);
    const merges = clusterer.linkChangedThreads();
    const thread = [call.storyId, visit.storyId].sort()[0];
    expect(merges).toHaveLength(1);
    expect(clusterer.profile(call.storyId)?.threadId).toBe(thread);
    expect(clusterer.profile(visit.storyId)?.threadId).toBe(thread);
    const budgetStory = clusterer.storyOf('budget1') as string;
    expect(clusterer.profile(budgetStory)?.threadId).toBe(budgetStory);
  });

  it('moves every loaded story of a thread it absorbs, so a bridging batch never splits a thread', () => {
    const seeded = (id: string, entity: string): StoryProfile => {
      const profile = emptyProfile(id);
      profile.threadId = 'sz';
      profile.articles = 1;
      profile.originals = 1;
      profile.firstMs = T0;
      profile.lastMs = T0;
      profile.entities.set(entity, 2);
      profile.entityTypes.set(entity, 'person');
      return profile;
    };
    const clusterer = new StoryClusterer();
    clusterer.seed([seeded('sp1', 'person:x'), seeded('sp2', 'person:y')]);
    // Twenty days later, too far for the old stories, close enough for their thread.
    clusterer.add(features('a1', { title: 'x again', entities: [['person:x', 'person']], publishedMs: T0 + 20 * DAY_MS }));
    clusterer.add(features('b2', { title: 'y again', entities: [['person:y', 'person']], publishedMs: T0 + 20 * DAY_MS }));
    clusterer.linkChangedThreads();
    const threads = new Set(clusterer.allProfiles().map((profile) => profile.threadId));
    expect(threads.size).toBe(1);
  });
});

describe('StoryClusterer.consolidate', () => {
  /** Every article starts its own story: what folding does is all there is to see. */
  const apart = (): StoryClusterer => new StoryClusterer({ weights: { ...DEFAULT_WEIGHTS, threshold: 2 } });

  it('folds the pieces of one event into one story, across languages, and leaves another event alone', () => {
    const clusterer = apart();
    const joined = [quake1(), quake2(), quakeRussian(), budget()].map((f) => clusterer.add(f));
    expect(new Set(joined.map((a) => a.storyId)).size).toBe(4);
    const merges = clusterer.consolidate();
    expect(merges).toHaveLength(2);
    const quakeStory = clusterer.storyOf('quake1') as string;
    expect(clusterer.storyOf('quake2')).toBe(quakeStory);
    expect(clusterer.storyOf('quake-ru')).toBe(quakeStory);
    expect(clusterer.storyOf('budget1')).not.toBe(quakeStory);
    expect(clusterer.profile(quakeStory)).toMatchObject({ articles: 3, originals: 3, languages: new Map([['en', 2], ['ru', 1]]) });
    expect(clusterer.allProfiles()).toHaveLength(2);
    // Absorbed stories are gone: not saved, not offered as candidates.
    for (const merge of merges) expect(clusterer.profile(merge.from)).toBeUndefined();
    expect(clusterer.changedProfiles().map((p) => p.id).sort()).toEqual([quakeStory, clusterer.storyOf('budget1')].sort());
    expect(clusterer.candidates(quake1()).map((p) => p.id)).toEqual([quakeStory]);
  });

  it('settles the assignments: a folded article is in its new story, not created, with the evidence of the fold', () => {
    const clusterer = apart();
    const joined = [quake1(), quake2(), budget()].map((f) => clusterer.add(f));
    clusterer.consolidate();
    const settled = clusterer.settle(joined);
    const quakeStory = clusterer.storyOf('quake1') as string;
    expect(settled.map((a) => a.storyId)).toEqual([quakeStory, quakeStory, clusterer.storyOf('budget1')]);
    const moved = settled.find((a) => a.storyId !== joined.find((j) => j.articleId === a.articleId)?.storyId);
    expect(moved).toMatchObject({ created: false, evidence: { reason: 'its story was merged into a similar one' } });
    expect(moved?.evidence.sharedEntities).toEqual(expect.arrayContaining(['bingol', 'afad']));
    expect(settled.find((a) => a.articleId === 'budget1')).toEqual(joined.find((a) => a.articleId === 'budget1'));
  });

  it('never folds a stored story (its members are not known), and folds a new story into one whatever their sizes', () => {
    const stored = new StoryClusterer();
    stored.add(quake1());
    const [profile] = stored.allProfiles() as [StoryProfile];
    const clusterer = new StoryClusterer({ weights: { ...DEFAULT_WEIGHTS, threshold: 2 }, stats: { total: stored.stats.total, df: new Map(stored.stats.df) } });
    clusterer.seed([profileFromJson(profile.id, profileToJson(profile))], new Map([['quake1', profile.id]]));
    const fresh = clusterer.add(quake2());
    // An update counts as an original: the new story is bigger than the stored one, and still the one that moves.
    clusterer.add(features('quake2-update', { title: 'Bingol earthquake toll stays at 14, AFAD says', entities: QUAKE, publishedMs: T0 + 4 * HOUR_MS }), { originId: 'quake2', relation: 'update' });
    expect(clusterer.profile(fresh.storyId)?.originals).toBeGreaterThan(profile.originals);
    expect(fresh.created).toBe(true);
    expect(clusterer.consolidate()).toEqual([{ from: fresh.storyId, to: profile.id }]);
    expect(clusterer.storyOf('quake2')).toBe(profile.id);
    expect(clusterer.storyOf('quake2-update')).toBe(profile.id);
    expect(clusterer.profile(profile.id)).toMatchObject({ originals: 3 });
  });

  it('does not fold a story days away, however much it agrees: that was the join decision to make', () => {
    const clusterer = apart();
    clusterer.add(quake1());
    clusterer.add(quake2());
    const later = clusterer.add(features('quake-later', { title: 'Bingol earthquake: 14 dead, AFAD says', entities: QUAKE, publishedMs: T0 + 4 * DAY_MS }));
    clusterer.consolidate();
    expect(clusterer.storyOf('quake2')).toBe(clusterer.storyOf('quake1'));
    expect(clusterer.storyOf('quake-later')).toBe(later.storyId);
  });

  it('does not fold a story into a smaller one it created', () => {
    const clusterer = apart();
    const big = clusterer.add(quake1());
    clusterer.add(features('quake1-update', { title: 'Bingol quake: AFAD confirms 14 dead', entities: QUAKE, publishedMs: T0 + HOUR_MS }), { originId: 'quake1', relation: 'update' });
    const small = clusterer.add(quake2());
    expect(clusterer.consolidate()).toEqual([{ from: small.storyId, to: big.storyId }]);
  });

  it('keeps a copy as a copy when its story is folded', () => {
    const clusterer = apart();
    const joined = [quake1(), quake2()].map((f) => clusterer.add(f));
    joined.push(clusterer.add(features('reprint1', { title: 'Earthquake in Bingol', publishedMs: T0 + HOUR_MS }), { originId: 'quake1', relation: 'reprint' }));
    clusterer.consolidate();
    const copy = clusterer.settle(joined).find((a) => a.articleId === 'reprint1');
    expect(copy?.storyId).toBe(clusterer.storyOf('quake1'));
    expect(copy?.evidence.reason).toBe('reprint of quake1');
  });

  it('gives the same stories for the same sequence', () => {
    const run = (): unknown => {
      const clusterer = apart();
      const joined = [quake1(), budget(), quake2(), quakeRussian()].map((f) => clusterer.add(f));
      return { merges: clusterer.consolidate(), settled: clusterer.settle(joined).map(summary) };
    };
    expect(run()).toEqual(run());
  });
});

describe('activeSince', () => {
  it('reaches back from the earliest dated article by the longer of the candidate and thread windows', () => {
    const day = 86_400_000;
    const earliest = Date.UTC(2020, 9, 10);
    expect(activeSince([{ publishedMs: earliest + 3 * day }, { publishedMs: null }, { publishedMs: earliest }])).toBe(earliest - Math.max(CANDIDATE_WINDOW_DAYS, THREAD_WINDOW_DAYS) * day);
    expect(activeSince([{ publishedMs: null }])).toBeNull();
    expect(activeSince([])).toBeNull();
  });
});
