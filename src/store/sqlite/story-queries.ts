/** Story reads and writes for the SQLite store; portable SQL. */
import type Database from 'better-sqlite3';
import type { EntityType } from '../../core/entity.js';
import { NewsloomError } from '../../core/errors.js';
import type { StoryMention } from '../../pipeline/stories/types.js';
import { periodEndMs, periodStartMs } from '../period-bounds.js';
import { profileFromJson, profileToJson } from '../story-profile-json.js';
import type { StoryBatch, StoryFilter, StoryMemberRow, StoryRow, StoryWorkingSet, StoryWorkingSetQuery } from '../story-records.js';

const TOTAL_ARTICLES = 'articles';
/** SQLite's default limit on bound parameters is 32,766; stay far below it. */
const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

interface StoryDbRow {
  seq: number;
  id: string;
  thread_id: string;
  articles: number;
  originals: number;
  first_ms: number | null;
  last_ms: number | null;
  profile: string;
}

function toStoryRow(row: StoryDbRow): StoryRow {
  const profile = profileFromJson(row.id, row.profile);
  profile.threadId = row.thread_id;
  return { id: row.id, threadId: row.thread_id, articles: row.articles, originals: row.originals, firstMs: row.first_ms, lastMs: row.last_ms, profile };
}

export function documentMentions(db: Database.Database, documentIds: string[]): Map<string, StoryMention[]> {
  const result = new Map<string, StoryMention[]>(documentIds.map((id) => [id, []]));
  for (const part of chunks(documentIds)) {
    const rows = db
      .prepare<unknown[], { document_id: string; entity_id: string; type: EntityType; start_offset: number }>(
        `SELECT m.document_id, m.entity_id, e.type, m.start_offset FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.document_id IN (${marks(part.length)}) ORDER BY m.document_id, m.start_offset`,
      )
      .all(...part);
    for (const row of rows) result.get(row.document_id)?.push({ entityId: row.entity_id, type: row.type, start: row.start_offset });
  }
  return result;
}

/**
 * The lowest story seq that can still be active at `sinceMs`: stories are numbered as they are created, so
 * every story whose last article is at or after `sinceMs` has a seq at least this. Bounding the key walks by
 * it keeps a key's old postings from being read at all (the index on last_ms makes this one range read).
 */
function firstActiveSeq(db: Database.Database, sinceMs: number): number | null {
  return db.prepare<[number], { seq: number | null }>('SELECT min(seq) AS seq FROM stories WHERE last_ms >= ?').get(sinceMs)?.seq ?? null;
}

function newestSeqs(db: Database.Database, keys: Iterable<string>, perKey: number, into: Set<number>): void {
  const bySeq = db.prepare<[string, number], { story_seq: number }>('SELECT story_seq FROM story_keys WHERE key = ? ORDER BY story_seq DESC LIMIT ?');
  for (const key of keys) for (const row of bySeq.all(key, perKey)) into.add(row.story_seq);
}

function storySeqsByKey(db: Database.Database, query: StoryWorkingSetQuery): Set<number> {
  const seqs = new Set<number>();
  newestSeqs(db, new Set(query.keysAnyTime), query.perKey, seqs);
  const keys = new Set(query.keys);
  if (query.activeSinceMs === null) {
    newestSeqs(db, keys, query.perKey, seqs);
    return seqs;
  }
  const fromSeq = firstActiveSeq(db, query.activeSinceMs);
  if (fromSeq === null) return seqs;
  // An undated story (last_ms null) has no time to bound it by; it is found while it is newer than the oldest active story.
  const activeBySeq = db.prepare<[string, number, number, number], { story_seq: number }>(
    `SELECT k.story_seq FROM story_keys k JOIN stories s ON s.seq = k.story_seq
     WHERE k.key = ? AND k.story_seq >= ? AND (s.last_ms >= ? OR s.last_ms IS NULL) ORDER BY k.story_seq DESC LIMIT ?`,
  );
  for (const key of keys) for (const row of activeBySeq.all(key, fromSeq, query.activeSinceMs, query.perKey)) seqs.add(row.story_seq);
  return seqs;
}

export function loadStoryWorkingSet(db: Database.Database, query: StoryWorkingSetQuery): StoryWorkingSet {
  const { keys, keysAnyTime, countKeys, documentIds } = query;
  const seqs = storySeqsByKey(db, query);
  const storyOfDocument = new Map<string, string>();
  for (const part of chunks(documentIds)) {
    const rows = db.prepare<unknown[], { document_id: string; story_id: string }>(`SELECT document_id, story_id FROM story_members WHERE document_id IN (${marks(part.length)})`).all(...part);
    for (const row of rows) storyOfDocument.set(row.document_id, row.story_id);
  }
  const profiles: StoryRow[] = [];
  for (const part of chunks([...seqs].sort((a, b) => a - b))) {
    profiles.push(...db.prepare<unknown[], StoryDbRow>(`SELECT * FROM stories WHERE seq IN (${marks(part.length)}) ORDER BY seq`).all(...part).map(toStoryRow));
  }
  const loaded = new Set(profiles.map((row) => row.id));
  const missing = [...new Set(storyOfDocument.values())].filter((id) => !loaded.has(id));
  for (const part of chunks(missing)) {
    profiles.push(...db.prepare<unknown[], StoryDbRow>(`SELECT * FROM stories WHERE id IN (${marks(part.length)}) ORDER BY seq`).all(...part).map(toStoryRow));
  }
  const keyCounts = new Map<string, number>();
  for (const part of chunks([...new Set([...keys, ...keysAnyTime, ...countKeys])])) {
    for (const row of db.prepare<unknown[], { key: string; documents: number }>(`SELECT key, documents FROM cluster_key_counts WHERE key IN (${marks(part.length)})`).all(...part)) keyCounts.set(row.key, row.documents);
  }
  const total = db.prepare<[string], { value: number }>('SELECT value FROM cluster_totals WHERE name = ?').get(TOTAL_ARTICLES)?.value ?? 0;
  return { profiles: profiles.map((row) => row.profile), keyCounts, total, storyOfDocument };
}

export function findDuplicateCandidates(db: Database.Database, bandKeys: string[], limit: number): string[] {
  if (bandKeys.length === 0) return [];
  const found = new Map<string, number>();
  for (const part of chunks(bandKeys)) {
    const rows = db.prepare<unknown[], { document_id: string; n: number }>(`SELECT document_id, count(*) AS n FROM duplicate_bands WHERE band_key IN (${marks(part.length)}) GROUP BY document_id`).all(...part);
    for (const row of rows) found.set(row.document_id, (found.get(row.document_id) ?? 0) + row.n);
  }
  return [...found].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([id]) => id);
}

export function saveStoryBatch(db: Database.Database, batch: StoryBatch): void {
  const upsertStory = db.prepare(
    `INSERT INTO stories (id, thread_id, articles, originals, first_ms, last_ms, profile) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET thread_id = excluded.thread_id, articles = excluded.articles, originals = excluded.originals,
       first_ms = excluded.first_ms, last_ms = excluded.last_ms, profile = excluded.profile`,
  );
  const seqOf = db.prepare<[string], { seq: number }>('SELECT seq FROM stories WHERE id = ?');
  const clearKeys = db.prepare('DELETE FROM story_keys WHERE story_seq = ?');
  const addKey = db.prepare('INSERT INTO story_keys (key, story_seq) VALUES (?, ?) ON CONFLICT (key, story_seq) DO NOTHING');
  const upsertMember = db.prepare(
    `INSERT INTO story_members (document_id, story_id, score, evidence, joined_seq) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET story_id = excluded.story_id, score = excluded.score, evidence = excluded.evidence, joined_seq = excluded.joined_seq`,
  );
  const nextJoin = db.prepare<[], { n: number | null }>('SELECT max(joined_seq) AS n FROM story_members');
  // joined_seq is indexed (migration 5) so this reads one index entry, not every membership.
  const addCount = db.prepare('INSERT INTO cluster_key_counts (key, documents) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET documents = cluster_key_counts.documents + excluded.documents');
  const addTotal = db.prepare('INSERT INTO cluster_totals (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = cluster_totals.value + excluded.value');
  const addDuplicate = db.prepare(
    `INSERT INTO duplicates (document_id, origin_id, relation, jaccard, evidence) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (document_id) DO UPDATE SET origin_id = excluded.origin_id, relation = excluded.relation, jaccard = excluded.jaccard, evidence = excluded.evidence`,
  );
  const addBand = db.prepare('INSERT INTO duplicate_bands (band_key, document_id) VALUES (?, ?) ON CONFLICT (band_key, document_id) DO NOTHING');
  const mergeThread = db.prepare('UPDATE stories SET thread_id = ? WHERE thread_id = ?');
  const dropEmpty = db.prepare('DELETE FROM stories WHERE id = ? AND NOT EXISTS (SELECT 1 FROM story_members WHERE story_id = ?)');

  db.transaction(() => {
    for (const profile of batch.profiles) {
      upsertStory.run(profile.id, profile.threadId, profile.articles, profile.originals, profile.firstMs, profile.lastMs, profileToJson(profile));
    }
    for (const [storyId, keys] of batch.storyKeys) {
      const seq = seqOf.get(storyId)?.seq;
      if (seq === undefined) continue;
      clearKeys.run(seq);
      for (const key of keys) addKey.run(key, seq);
    }
    let joined = nextJoin.get()?.n ?? 0;
    for (const member of batch.members) upsertMember.run(member.documentId, member.storyId, member.score, JSON.stringify(member.evidence), (joined += 1));
    for (const [key, n] of batch.keyCounts) addCount.run(key, n);
    if (batch.articles) addTotal.run(TOTAL_ARTICLES, batch.articles);
    for (const duplicate of batch.duplicates) addDuplicate.run(duplicate.documentId, duplicate.originId, duplicate.relation, duplicate.jaccard, duplicate.evidence);
    for (const entry of batch.bands) for (const key of entry.keys) addBand.run(key, entry.documentId);
    for (const merge of batch.threadMerges) mergeThread.run(merge.to, merge.from);
    // A story every member of which moved away (only on re-clustering a document) is removed.
    for (const profile of batch.profiles) if (profile.articles === 0) dropEmpty.run(profile.id, profile.id);
  }).immediate();
}

export function clearStories(db: Database.Database): void {
  db.transaction(() => {
    for (const table of ['story_members', 'story_keys', 'stories', 'cluster_key_counts', 'cluster_totals', 'duplicates', 'duplicate_bands']) db.exec(`DELETE FROM ${table}`);
  }).immediate();
}

function storyWhere(filter: StoryFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.threadId) {
    clauses.push('s.thread_id = ?');
    params.push(filter.threadId);
  }
  if (filter.minArticles) {
    clauses.push('s.articles >= ?');
    params.push(filter.minArticles);
  }
  if (filter.since) {
    clauses.push('s.last_ms >= ?');
    params.push(periodStartMs(filter.since));
  }
  if (filter.until) {
    clauses.push('s.first_ms <= ?');
    params.push(periodEndMs(filter.until));
  }
  if (filter.language) {
    clauses.push('EXISTS (SELECT 1 FROM story_members m JOIN articles a ON a.document_id = m.document_id WHERE m.story_id = s.id AND a.language = ?)');
    params.push(filter.language.toLowerCase());
  }
  if (filter.entityId) {
    clauses.push('EXISTS (SELECT 1 FROM story_members m JOIN mentions x ON x.document_id = m.document_id WHERE m.story_id = s.id AND x.entity_id = ?)');
    params.push(filter.entityId);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function listStories(db: Database.Database, filter: StoryFilter): StoryRow[] {
  const where = storyWhere(filter);
  const order = filter.sort === 'size' ? 's.originals DESC, s.articles DESC, s.seq' : 'coalesce(s.last_ms, 0) DESC, s.seq DESC';
  // Sorted and paged on the narrow columns first, then only the page's rows read whole: sorting whole rows
  // drags every story's profile (kilobytes of JSON) through the sorter — 5–10 ms a page at 4,000 stories.
  const seqs = db
    .prepare<unknown[], { seq: number }>(`SELECT s.seq FROM stories s ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...where.params, filter.limit ?? -1, filter.offset ?? 0)
    .map((row) => row.seq);
  const rows = new Map<number, StoryDbRow>();
  for (const part of chunks(seqs)) for (const row of db.prepare<unknown[], StoryDbRow>(`SELECT * FROM stories WHERE seq IN (${marks(part.length)})`).all(...part)) rows.set(row.seq, row);
  return seqs.flatMap((seq) => {
    const row = rows.get(seq);
    return row ? [toStoryRow(row)] : [];
  });
}

export function countStories(db: Database.Database, filter: StoryFilter): number {
  const where = storyWhere(filter);
  return db.prepare<unknown[], { n: number }>(`SELECT count(*) AS n FROM stories s ${where.sql}`).get(...where.params)?.n ?? 0;
}

/** A story by id or by a unique id prefix (at least 4 characters). */
export function getStory(db: Database.Database, id: string): StoryRow | null {
  const exact = db.prepare<[string], StoryDbRow>('SELECT * FROM stories WHERE id = ?').get(id);
  if (exact) return toStoryRow(exact);
  if (id.length < 4) return null;
  const rows = db.prepare<[string], StoryDbRow>("SELECT * FROM stories WHERE id LIKE ? ESCAPE '\\' ORDER BY seq LIMIT 2").all(`${id.replace(/[\\%_]/gu, (c) => `\\${c}`)}%`);
  if (rows.length > 1) throw new NewsloomError('AMBIGUOUS_ID', `the id prefix ${id} matches several stories; give more characters`, id);
  return rows[0] ? toStoryRow(rows[0]) : null;
}

interface MemberDbRow {
  document_id: string;
  story_id: string;
  score: number;
  evidence: string;
  title: string | null;
  language: string | null;
  published: string | null;
  source: string;
  publisher: string | null;
  credit: string | null;
  url: string | null;
  origin_id: string | null;
  relation: string | null;
}

export function storyMembers(db: Database.Database, storyIds: string[]): StoryMemberRow[] {
  const members: StoryMemberRow[] = [];
  for (const part of chunks(storyIds)) {
    const rows = db
      .prepare<unknown[], MemberDbRow>(
        `SELECT m.document_id, m.story_id, m.score, m.evidence, a.title, a.language, a.published, d.source, a.publisher, a.credit, a.url, x.origin_id, x.relation
         FROM story_members m JOIN documents d ON d.id = m.document_id JOIN articles a ON a.document_id = m.document_id
         LEFT JOIN duplicates x ON x.document_id = m.document_id
         WHERE m.story_id IN (${marks(part.length)}) ORDER BY m.story_id, coalesce(a.published, ''), m.joined_seq`,
      )
      .all(...part);
    for (const row of rows) {
      members.push({
        documentId: row.document_id,
        storyId: row.story_id,
        score: row.score,
        evidence: JSON.parse(row.evidence) as StoryMemberRow['evidence'],
        title: row.title,
        language: row.language,
        published: row.published,
        source: row.source,
        publisher: row.publisher,
        credit: row.credit,
        url: row.url,
        duplicateOf: row.origin_id,
        duplicateRelation: row.relation,
      });
    }
  }
  return members;
}

export function clusteringOrder(db: Database.Database): { id: string; published: string | null }[] {
  return db
    .prepare<[], { id: string; published: string | null }>(
      `SELECT d.id, a.published FROM documents d JOIN articles a ON a.document_id = d.id
       WHERE NOT EXISTS (SELECT 1 FROM documents n WHERE n.previous_version_id = d.id) ORDER BY d.seq`,
    )
    .all();
}

export function entityNames(db: Database.Database, ids: string[]): Map<string, { name: string; type: EntityType }> {
  const names = new Map<string, { name: string; type: EntityType }>();
  for (const part of chunks(ids)) {
    for (const row of db.prepare<unknown[], { id: string; name: string; type: EntityType }>(`SELECT id, name, type FROM entities WHERE id IN (${marks(part.length)})`).all(...part)) names.set(row.id, { name: row.name, type: row.type });
  }
  return names;
}

/** Documents with article text that have no story yet, in ingestion order (for clustering after entity indexing or a failed step). */
export function unclusteredDocuments(db: Database.Database, after: number, limit: number): { ids: string[]; cursor: number } {
  const rows = db
    .prepare<[number, number], { seq: number; id: string }>(
      `SELECT d.seq, d.id FROM documents d JOIN articles a ON a.document_id = d.id
       WHERE d.seq > ? AND NOT EXISTS (SELECT 1 FROM story_members m WHERE m.document_id = d.id)
         AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.previous_version_id = d.id)
       ORDER BY d.seq LIMIT ?`,
    )
    .all(after, limit);
  return { ids: rows.map((row) => row.id), cursor: rows.at(-1)?.seq ?? after };
}
