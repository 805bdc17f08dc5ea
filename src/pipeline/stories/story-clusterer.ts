/**
 * Incremental story clustering over a working set: each article is compared
 * with the stories found under its rarest keys (entities, stems, named days)
 * — a bounded candidate set, never every story — and joins the best one that
 * scores above the threshold, or starts a new story.
 *
 * The same class serves both paths: `recluster` feeds every article in a
 * fixed order to an empty clusterer; ingestion seeds one with the stories and
 * key counts the store holds for the batch's keys (`seed`), runs the batch,
 * and saves what changed (`changedProfiles`).
 */
import { mergeThresholdFor, scoreStoryMerge, storyAsFeatures } from './merge-stories.js';
import { addToProfile, emptyProfile, mergeProfiles, storyIdFor } from './story-profile.js';
import { countKeys, emptyKeyStats, idf, type KeyStats } from './key-stats.js';
import { DEFAULT_WEIGHTS, keyWeights, scoreArticle, type ClusterWeights } from './similarity.js';
import { articleKeys, entityKey, lookupKeys, storyKeys } from './story-keys.js';
import { THREAD_WINDOW_DAYS, linkThreads, type ThreadMerge } from './threads.js';
import type { ArticleFeatures, MatchEvidence, StoryAssignment, StoryProfile } from './types.js';

/** Lookup keys read per article, per kind: the rarest ones. */
export const MAX_LOOKUP_ENTITIES = 16;
export const MAX_LOOKUP_TERMS = 12;
const MAX_LOOKUP_DAYS = 6;
/** Stories read per key: the most recently created. */
export const MAX_POSTINGS_PER_KEY = 100;
/** Stories scored per article. */
export const MAX_CANDIDATES = 50;
/** A key in more than this share of articles (once there are enough) finds too many stories to be a lookup key. */
const MAX_LOOKUP_DF_SHARE = 0.05;
const MIN_ARTICLES_FOR_DF_LIMIT = 200;
/** Stories whose last article is older than this before the article's date are not candidates. */
export const CANDIDATE_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * The earliest time a story must still be active at to matter for these articles: a candidate within
 * `CANDIDATE_WINDOW_DAYS` of one of them, or a thread neighbour within `THREAD_WINDOW_DAYS`. Null when no
 * article is dated (then nothing bounds the look-back but the per-key limit).
 */
export function activeSince(articles: readonly Pick<ArticleFeatures, 'publishedMs'>[]): number | null {
  let earliest: number | null = null;
  for (const { publishedMs } of articles) if (publishedMs !== null && (earliest === null || publishedMs < earliest)) earliest = publishedMs;
  return earliest === null ? null : earliest - Math.max(CANDIDATE_WINDOW_DAYS, THREAD_WINDOW_DAYS) * DAY_MS;
}

/** An article that is a copy of an already clustered article (see the duplicates stage). */
export interface DuplicateLink {
  originId: string;
  relation: string;
}

/** Rounds of folding: a fold can make a story big enough to take another piece. */
const MAX_MERGE_ROUNDS = 3;

/** A story folded into another. */
export interface StoryMerge {
  from: string;
  to: string;
}

export interface ClustererOptions {
  weights?: ClusterWeights;
  stats?: KeyStats;
}

export class StoryClusterer {
  readonly weights: ClusterWeights;
  readonly stats: KeyStats;
  private readonly profiles = new Map<string, StoryProfile>();
  /** Key → story ids, oldest first. */
  private readonly postings = new Map<string, string[]>();
  /** Keys each story is already indexed under, so re-indexing a grown story appends only its new keys. */
  private readonly indexedKeys = new Map<string, Set<string>>();
  private readonly storyOfArticle = new Map<string, string>();
  private readonly changed = new Set<string>();
  /** Story order for postings: a story created later sorts later. */
  private readonly created = new Map<string, number>();
  private nextOrder = 0;
  /** Members of the stories this clusterer created (only those can be folded into another: it knows every member). */
  private readonly createdMembers = new Map<string, string[]>();
  /** Articles that joined as copies of another (their evidence is the copy relation, whatever story they end in). */
  private readonly copies = new Set<string>();
  /** Why an article of a folded story is where it ended: the evidence of the fold. */
  private readonly foldEvidence = new Map<string, MatchEvidence>();

  constructor(options: ClustererOptions = {}) {
    this.weights = options.weights ?? DEFAULT_WEIGHTS;
    this.stats = options.stats ?? emptyKeyStats();
  }

  /**
   * Loads stories from storage, with the keys they are indexed under (in
   * creation order) and the story of already clustered articles a batch
   * may duplicate.
   */
  seed(profiles: StoryProfile[], articleStories: Map<string, string> = new Map()): void {
    for (const profile of profiles) {
      if (this.profiles.has(profile.id)) continue;
      this.profiles.set(profile.id, profile);
      this.created.set(profile.id, this.nextOrder++);
      this.index(profile);
    }
    for (const [article, story] of articleStories) this.storyOfArticle.set(article, story);
  }

  profile(id: string): StoryProfile | undefined {
    return this.profiles.get(id);
  }

  allProfiles(): StoryProfile[] {
    return [...this.profiles.values()];
  }

  /** Stories created or extended since the clusterer was made. */
  changedProfiles(): StoryProfile[] {
    return [...this.changed].map((id) => this.profiles.get(id)).filter((p): p is StoryProfile => p !== undefined);
  }

  storyOf(articleId: string): string | undefined {
    return this.storyOfArticle.get(articleId);
  }

  private index(profile: StoryProfile): void {
    let indexed = this.indexedKeys.get(profile.id);
    if (!indexed) this.indexedKeys.set(profile.id, (indexed = new Set()));
    for (const key of storyKeys(profile)) {
      if (indexed.has(key)) continue;
      indexed.add(key);
      const list = this.postings.get(key);
      if (list) list.push(profile.id);
      else this.postings.set(key, [profile.id]);
    }
  }

  /** `keys` with a document frequency in [minDf, the lookup limit], rarest first, at most `limit`. */
  private rarestKeys(keys: string[], limit: number, minDf: number): string[] {
    const maxDf = this.stats.total >= MIN_ARTICLES_FOR_DF_LIMIT ? this.stats.total * MAX_LOOKUP_DF_SHARE : Infinity;
    return keys
      .filter((key) => {
        const df = this.stats.df.get(key) ?? 0;
        return df >= minDf && df <= maxDf;
      })
      .sort((a, b) => idf(this.stats, b) - idf(this.stats, a) || (a < b ? -1 : 1))
      .slice(0, limit);
  }

  /** The stories indexed under a key, newest first, at most `MAX_POSTINGS_PER_KEY`. */
  private *recentStories(key: string): Generator<string> {
    const list = this.postings.get(key) ?? [];
    for (let i = list.length - 1, n = 0; i >= 0 && n < MAX_POSTINGS_PER_KEY; i -= 1, n += 1) yield list[i] as string;
  }

  /**
   * The keys to look candidates up by: the rarest entities and the rarest
   * stems, each with its own quota — stems of a new article are nearly all
   * rare, and would otherwise crowd out the entities that find its stories in
   * other languages — and every named day. A key only this article has finds
   * nothing and is skipped; one too common to discriminate is skipped too.
   */
  private candidateKeys(features: ArticleFeatures): string[] {
    const keys = lookupKeys(features);
    return [
      ...this.rarestKeys(keys.filter((key) => key.startsWith('e:')), MAX_LOOKUP_ENTITIES, 2),
      ...this.rarestKeys(keys.filter((key) => key.startsWith('t:')), MAX_LOOKUP_TERMS, 2),
      ...this.rarestKeys(keys.filter((key) => key.startsWith('d:')), MAX_LOOKUP_DAYS, 2),
    ];
  }

  /** Candidate stories, those found under the most keys first, bounded. */
  candidates(features: ArticleFeatures): StoryProfile[] {
    const hits = new Map<string, number>();
    for (const key of this.candidateKeys(features)) {
      for (const id of this.recentStories(key)) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    const earliest = features.publishedMs === null ? null : features.publishedMs - CANDIDATE_WINDOW_DAYS * DAY_MS;
    return [...hits]
      .sort((a, b) => b[1] - a[1] || (this.created.get(b[0]) ?? 0) - (this.created.get(a[0]) ?? 0))
      .map(([id]) => this.profiles.get(id))
      .filter((p): p is StoryProfile => p !== undefined && (earliest === null || p.lastMs === null || p.lastMs >= earliest))
      .slice(0, MAX_CANDIDATES);
  }

  /** Stories sharing one of the story's rarer entities: the stories a thread may link it to. */
  relatedStories(profile: StoryProfile): StoryProfile[] {
    const found = new Set<string>();
    // No lower bound: an entity of a story loaded from storage may have no count loaded in this batch.
    for (const key of this.rarestKeys([...profile.entities.keys()].map(entityKey), MAX_LOOKUP_ENTITIES, 0)) {
      for (const id of this.recentStories(key)) found.add(id);
    }
    found.delete(profile.id);
    return [...found].sort().map((id) => this.profiles.get(id)).filter((p): p is StoryProfile => p !== undefined);
  }

  /** Links every changed story to the threads of related stories; returns the thread merges. */
  linkChangedThreads(): ThreadMerge[] {
    const merges: ThreadMerge[] = [];
    for (const profile of this.changedProfiles()) {
      const related = this.relatedStories(profile);
      const found = linkThreads(profile, related, this.stats);
      // A merge renames a thread everywhere: every loaded story of the absorbed thread moves too (the store renames the rest).
      for (const merge of found) {
        for (const other of this.profiles.values()) {
          if (other.threadId === merge.from) other.threadId = merge.to;
          if (other.threadId === merge.to) this.changed.add(other.id);
        }
      }
      merges.push(...found);
    }
    return merges;
  }

  /** Counts the article's keys; call once per article before `assign` (duplicates too, so rarity follows what was published). */
  private count(features: ArticleFeatures): void {
    countKeys(this.stats, new Set(articleKeys(features)));
  }

  private join(features: ArticleFeatures, storyId: string | null, evidence: MatchEvidence, duplicate: boolean): StoryAssignment {
    const created = storyId === null;
    const id = storyId ?? this.uniqueStoryId(features.id);
    let profile = this.profiles.get(id);
    if (!profile) {
      profile = emptyProfile(id);
      this.profiles.set(id, profile);
      this.created.set(id, this.nextOrder++);
      this.createdMembers.set(id, []);
    }
    this.createdMembers.get(id)?.push(features.id);
    addToProfile(profile, features, duplicate);
    this.index(profile);
    this.storyOfArticle.set(features.id, id);
    this.changed.add(id);
    return { articleId: features.id, storyId: id, created, evidence };
  }

  private uniqueStoryId(articleId: string): string {
    const base = storyIdFor(articleId);
    let id = base;
    for (let n = 2; this.profiles.has(id); n += 1) id = `${base}-${n}`;
    return id;
  }

  /** Clusters one article: into its origin's story when it is a copy, else into the best candidate story or a new one. */
  add(features: ArticleFeatures, duplicate?: DuplicateLink): StoryAssignment {
    this.count(features);
    const originStory = duplicate ? this.storyOfArticle.get(duplicate.originId) : undefined;
    if (duplicate && originStory) {
      const evidence: MatchEvidence = { score: 1, entities: 0, lexical: null, dates: 0, numbers: 0, timeFactor: 1, sharedEntities: [], sharedTerms: [], sharedDates: [], reason: `${duplicate.relation} of ${duplicate.originId}` };
      this.copies.add(features.id);
      return this.join(features, originStory, evidence, duplicate.relation !== 'update');
    }
    let best: MatchEvidence | null = null;
    let bestId: string | null = null;
    const weigh = keyWeights(this.stats);
    for (const candidate of this.candidates(features)) {
      const evidence = scoreArticle(features, candidate, this.stats, this.weights, weigh);
      if (evidence.score >= this.weights.threshold && (!best || evidence.score > best.score)) [best, bestId] = [evidence, candidate.id];
    }
    if (best && bestId) return this.join(features, bestId, best, false);
    const evidence: MatchEvidence = { score: 0, entities: 0, lexical: null, dates: 0, numbers: 0, timeFactor: 1, sharedEntities: [], sharedTerms: [], sharedDates: [], reason: 'new story' };
    return this.join(features, null, evidence, false);
  }

  /**
   * Folds stories this clusterer created into a candidate story whose profile agrees strongly with theirs
   * (see merge-stories.ts). The candidates are found as an article's are, under the story's rarest keys.
   * Smaller stories are tried first, and among the stories it created a story only folds into one at least
   * its size, so a big story is never absorbed by a fragment. A loaded (stored) story cannot move — the
   * clusterer does not know its members — so a new story folds into it whatever their sizes: that is the
   * only way two pieces of one event that arrived in different batches come together. Only stories within
   * the time grace of each other fold. Returns the merges; an absorbed story no longer exists.
   */
  consolidate(): StoryMerge[] {
    const merges: StoryMerge[] = [];
    for (let round = 0; round < MAX_MERGE_ROUNDS; round += 1) {
      const found = this.consolidateOnce();
      merges.push(...found);
      if (found.length === 0) break;
    }
    return merges;
  }

  private consolidateOnce(): StoryMerge[] {
    const merges: StoryMerge[] = [];
    const order = [...this.createdMembers.keys()]
      .map((id) => this.profiles.get(id))
      .filter((p): p is StoryProfile => p !== undefined && p.originals > 0)
      .sort((a, b) => a.originals - b.originals || (this.created.get(a.id) ?? 0) - (this.created.get(b.id) ?? 0));
    const weigh = keyWeights(this.stats);
    for (const story of order) {
      if (!this.profiles.has(story.id)) continue;
      const threshold = mergeThresholdFor(story.originals, this.weights);
      let best: { target: StoryProfile; evidence: MatchEvidence } | null = null;
      for (const target of this.candidates(storyAsFeatures(story, null))) {
        if (target.id === story.id || (this.createdMembers.has(target.id) && target.originals < story.originals)) continue;
        const evidence = scoreStoryMerge(story, target, this.stats, this.weights, weigh);
        // Folding repairs one wave of reports that the single pass split; a story days away is a later
        // development (the second call between the same two presidents), and the join decision stands.
        if (evidence.timeFactor < 1) continue;
        if (evidence.score >= threshold && (!best || evidence.score > best.evidence.score)) best = { target, evidence };
      }
      if (!best) continue;
      this.fold(story, best.target, best.evidence);
      merges.push({ from: story.id, to: best.target.id });
    }
    return merges;
  }

  private fold(story: StoryProfile, into: StoryProfile, evidence: MatchEvidence): void {
    mergeProfiles(into, story);
    const members = this.createdMembers.get(story.id) ?? [];
    for (const article of members) {
      this.storyOfArticle.set(article, into.id);
      if (!this.copies.has(article)) this.foldEvidence.set(article, evidence);
    }
    this.createdMembers.get(into.id)?.push(...members);
    this.createdMembers.delete(story.id);
    this.profiles.delete(story.id);
    this.changed.delete(story.id);
    this.changed.add(into.id);
    this.index(into);
  }

  /** The assignments as they stand after `consolidate`: an article of a folded story is in the story it was folded into, for the reason it was folded. */
  settle(assignments: StoryAssignment[]): StoryAssignment[] {
    return assignments.map((assignment) => {
      const storyId = this.storyOfArticle.get(assignment.articleId) ?? assignment.storyId;
      if (storyId === assignment.storyId) return assignment;
      return { ...assignment, storyId, created: false, evidence: this.foldEvidence.get(assignment.articleId) ?? assignment.evidence };
    });
  }
}
