/**
 * Clusters stored articles into stories: finds copies (exact, reprint,
 * update) through LSH band keys kept in the store, then places each article
 * in a story with a clusterer seeded with just the stories its keys find —
 * one bounded working set and one transaction per batch.
 */
import type { Article } from '../core/article.js';
import { findOrigin, type OriginCandidate } from '../pipeline/duplicates/find-origin.js';
import { prepareText, type PreparedText } from '../pipeline/duplicates/classify-pair.js';
import { signatureBandKeys } from '../pipeline/duplicates/lsh-index.js';
import { minhashSignature } from '../pipeline/duplicates/minhash.js';
import { articleFeatures } from '../pipeline/stories/article-features.js';
import { MAX_POSTINGS_PER_KEY, StoryClusterer, activeSince, type DuplicateLink } from '../pipeline/stories/story-clusterer.js';
import { articleKeys, lookupKeys, storyKeys } from '../pipeline/stories/story-keys.js';
import type { ClusterWeights } from '../pipeline/stories/similarity.js';
import type { ArticleFeatures, StoryAssignment } from '../pipeline/stories/types.js';
import type { ArticleStore } from '../store/article-store.js';
import type { DuplicateRecord, StoryBatch } from '../store/story-records.js';

export interface ArticleToCluster {
  documentId: string;
  article: Pick<Article, 'title' | 'paragraphs' | 'language' | 'published'>;
  /** The earlier capture of the same URL this one replaces, if any: it is an update of it. */
  previousVersionId?: string | null;
}

/** Copies found per article at most (the store returns those sharing the most bands first). */
const MAX_DUPLICATE_CANDIDATES = 20;

function publishedMs(article: ArticleToCluster['article']): number | null {
  if (!article.published) return null;
  const time = Date.parse(article.published.value.length === 4 ? `${article.published.value}-07-01` : article.published.value);
  return Number.isNaN(time) ? null : time;
}

function comparable(article: ArticleToCluster['article']): PreparedText {
  return prepareText({ text: article.paragraphs.join('\n'), title: article.title, published: article.published?.value ?? null });
}

interface Prepared {
  input: ArticleToCluster;
  features: ArticleFeatures;
  text: PreparedText;
  bands: string[];
}

/** Finds each article's origin among stored articles and the batch's earlier ones. */
async function findCopies(store: ArticleStore, items: Prepared[]): Promise<Map<string, DuplicateRecord>> {
  const found = new Map<string, DuplicateRecord>();
  const batchBands = new Map<string, number[]>();
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i] as Prepared;
    const id = item.input.documentId;
    if (item.input.previousVersionId) {
      found.set(id, { documentId: id, originId: item.input.previousVersionId, relation: 'update', jaccard: 0, evidence: 'a new capture of the same URL' });
    } else if (item.bands.length > 0) {
      const stored = (await store.findDuplicateCandidates(item.bands, MAX_DUPLICATE_CANDIDATES)).filter((other) => other !== id);
      const candidates: OriginCandidate[] = [];
      let order = 0;
      for (const other of await store.getArticles(stored)) candidates.push({ id: other.id, text: comparable(other), order: order++ });
      const inBatch = new Set(item.bands.flatMap((band) => batchBands.get(band) ?? []));
      for (const j of [...inBatch].sort((a, b) => a - b)) {
        const other = items[j] as Prepared;
        candidates.push({ id: other.input.documentId, text: other.text, order: order++ });
      }
      const origin = findOrigin(item.text, candidates);
      if (origin) {
        // A copy of a copy is attributed to the first text.
        const root = found.get(origin.originId)?.originId ?? origin.originId;
        found.set(id, { documentId: id, originId: root, relation: origin.relation, jaccard: Math.round(origin.jaccard * 1000) / 1000, evidence: origin.rule });
      }
    }
    for (const band of item.bands) {
      const list = batchBands.get(band);
      if (list) list.push(i);
      else batchBands.set(band, [i]);
    }
  }
  return found;
}

/**
 * Places articles (already stored, with their entities indexed) into stories.
 * Call in publication or ingestion order; each call is one transaction.
 */
export async function clusterArticles(store: ArticleStore, inputs: ArticleToCluster[], weights?: ClusterWeights): Promise<StoryAssignment[]> {
  if (inputs.length === 0) return [];
  const mentions = await store.documentMentions(inputs.map((input) => input.documentId));
  const items: Prepared[] = inputs.map((input) => {
    const text = comparable(input.article);
    return {
      input,
      text,
      bands: signatureBandKeys(minhashSignature(text.shingles)),
      features: articleFeatures({
        id: input.documentId,
        language: input.article.language,
        title: input.article.title,
        paragraphs: input.article.paragraphs,
        publishedMs: publishedMs(input.article),
        mentions: mentions.get(input.documentId) ?? [],
      }),
    };
  });
  const copies = await findCopies(store, items);

  // Stories are looked up under the lookup keys only; every key of the articles is counted for rarity.
  // Undated articles may join a story of any age (the clusterer puts no time window on them), so their keys look back without a bound.
  const dated = items.filter((item) => item.features.publishedMs !== null);
  const keys = [...new Set(dated.flatMap((item) => lookupKeys(item.features)))];
  const keysAnyTime = [...new Set(items.filter((item) => item.features.publishedMs === null).flatMap((item) => lookupKeys(item.features)))];
  const counted = [...new Set(items.flatMap((item) => articleKeys(item.features)))];
  const origins = [...new Set([...copies.values()].map((copy) => copy.originId))];
  const working = await store.loadStoryWorkingSet({
    keys,
    keysAnyTime,
    countKeys: counted,
    documentIds: origins,
    perKey: MAX_POSTINGS_PER_KEY,
    activeSinceMs: activeSince(items.map((item) => item.features)),
  });
  const clusterer = new StoryClusterer({ weights, stats: { total: working.total, df: new Map(working.keyCounts) } });
  clusterer.seed(working.profiles, working.storyOfDocument);

  const keyCounts = new Map<string, number>();
  const joined = items.map((item) => {
    for (const key of new Set(articleKeys(item.features))) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
    const copy = copies.get(item.input.documentId);
    const link: DuplicateLink | undefined = copy ? { originId: copy.originId, relation: copy.relation } : undefined;
    return clusterer.add(item.features, link);
  });
  // A story this batch started may be folded into a similar one, new or stored; a stored story never moves (the batch does not know its members).
  clusterer.consolidate();
  const assignments = clusterer.settle(joined);
  const threadMerges = clusterer.linkChangedThreads();
  const profiles = clusterer.changedProfiles();

  const batch: StoryBatch = {
    profiles,
    members: assignments.map((a) => ({ documentId: a.articleId, storyId: a.storyId, score: Math.round(a.evidence.score * 1000) / 1000, evidence: a.evidence })),
    keyCounts,
    articles: items.length,
    storyKeys: new Map(profiles.map((profile) => [profile.id, storyKeys(profile)])),
    // Only copies whose origin is in a story are recorded as such; the others were clustered on their own.
    duplicates: [...copies.values()].filter((copy) => clusterer.storyOf(copy.originId) !== undefined),
    bands: items.map((item) => ({ documentId: item.input.documentId, keys: item.bands })),
    threadMerges,
  };
  await store.saveStoryBatch(batch);
  return assignments;
}

export interface ReclusterObserver {
  onStart?(total: number): void;
  onProgress?(done: number): void;
}

/** Articles re-clustered per transaction. */
const RECLUSTER_BATCH = 200;

function clusteringKey(published: string | null): string {
  return published ?? '\uffff';
}

/**
 * Rebuilds every story, thread and duplicate record from the stored articles,
 * in a fixed order (publication date, then ingestion order), so the result is
 * the same on every run whatever order the articles arrived in.
 */
export async function reclusterStore(store: ArticleStore, observer: ReclusterObserver = {}, weights?: ClusterWeights): Promise<{ articles: number; stories: number; threads: number }> {
  const order = (await store.clusteringOrder()).map((entry, seq) => ({ ...entry, seq }));
  order.sort((a, b) => (clusteringKey(a.published) < clusteringKey(b.published) ? -1 : clusteringKey(a.published) > clusteringKey(b.published) ? 1 : a.seq - b.seq));
  observer.onStart?.(order.length);
  await store.clearStories();
  for (let i = 0; i < order.length; i += RECLUSTER_BATCH) {
    const articles = await store.getArticles(order.slice(i, i + RECLUSTER_BATCH).map((entry) => entry.id));
    await clusterArticles(store, articles.map((article) => ({ documentId: article.id, article })), weights);
    observer.onProgress?.(Math.min(order.length, i + RECLUSTER_BATCH));
  }
  const stories = await store.countStories({});
  const threads = new Set((await store.listStories({})).map((story) => story.threadId)).size;
  return { articles: order.length, stories, threads };
}
