/** Reading stories and threads for the CLI, the HTTP API and the web app. */
import { NewsloomError } from '../core/errors.js';
import type { EntityType } from '../core/entity.js';
import { chooseLabel } from '../pipeline/stories/story-label.js';
import type { ArticleStore } from '../store/article-store.js';
import { independentSource } from './independent-source.js';
import { outletName } from './outlet-name.js';
import { withLocation, type PlaceLocation } from './place-location.js';
import type { StoryFilter, StoryMemberRow, StoryRow } from '../store/story-records.js';

/** A story's entity; places carry their map location (`lat`, `lon`, `country`) when the gazetteer knows them. */
export interface StoryEntity extends Partial<PlaceLocation> {
  id: string;
  name: string;
  type: EntityType;
  weight: number;
}

export interface StoryMemberView {
  id: string;
  title: string | null;
  language: string | null;
  published: string | null;
  source: string;
  outlet: string;
  url: string | null;
  /** For a copy: the article it copies and how (exact, reprint, update). */
  duplicateOf: string | null;
  relation: string | null;
  score: number;
  why: string;
  evidence: StoryMemberRow['evidence'];
}

export interface StorySummary {
  id: string;
  label: string | null;
  labelLanguage: string | null;
  threadId: string;
  articles: number;
  /** Articles that are not copies of another member. */
  originals: number;
  /** Independent sources among the originals (credited agency, else publisher, else site, else the file): copies do not add sources. */
  sources: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  languages: Record<string, number>;
  topEntities: StoryEntity[];
  members: StoryMemberView[];
}

export interface StoryDetail extends StorySummary {
  /** The other stories of the thread, newest first. */
  thread: { id: string; label: string | null; articles: number; firstSeen: string | null; lastSeen: string | null }[];
}

const TOP_ENTITIES = 8;

const outletOf = (member: StoryMemberRow): string => outletName(member);

function why(member: StoryMemberRow): string {
  const e = member.evidence;
  if (member.duplicateOf) return `${member.duplicateRelation ?? 'copy'} of ${member.duplicateOf}`;
  if (e.reason === 'new story') return 'first article';
  const parts = [`score ${e.score.toFixed(2)}`, `entities ${e.entities.toFixed(2)}`];
  if (e.lexical !== null) parts.push(`words ${e.lexical.toFixed(2)}`);
  if (e.sharedDates.length) parts.push(`same day ${e.sharedDates.join(', ')}`);
  if (e.numbers > 0) parts.push(`figures ${e.numbers.toFixed(2)}`);
  return parts.join(', ');
}

const isoDay = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));

async function summarize(store: ArticleStore, rows: StoryRow[], preferredLanguage?: string | null): Promise<StorySummary[]> {
  const members = await store.storyMembers(rows.map((row) => row.id));
  const entityIds = [...new Set(rows.flatMap((row) => [...row.profile.entities.keys()]))];
  const names = new Map((await store.entityNames(entityIds)).map((entity) => [entity.id, entity]));
  return rows.map((row) => {
    const own = members.filter((member) => member.storyId === row.id);
    const label = chooseLabel(row.profile, own.map((m) => ({ title: m.title, language: m.language, duplicate: m.duplicateOf !== null })), preferredLanguage);
    const languages: Record<string, number> = {};
    for (const member of own) languages[member.language ?? 'und'] = (languages[member.language ?? 'und'] ?? 0) + 1;
    const topEntities = [...row.profile.entities]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .flatMap(([id, weight]) => {
        const entity = names.get(id);
        return entity ? [withLocation({ id, name: entity.name, type: entity.type, weight: Math.round(weight * 100) / 100 })] : [];
      })
      .slice(0, TOP_ENTITIES);
    const published = own.map((m) => m.published).filter((p): p is string => p !== null).sort();
    return {
      id: row.id,
      label: label.label,
      labelLanguage: label.language,
      threadId: row.threadId,
      articles: own.length,
      originals: own.filter((m) => m.duplicateOf === null).length,
      // Counted like timeline sources: a reprint of an agency's report is that agency's, a file of unknown origin its own.
      sources: [...new Set(own.filter((m) => m.duplicateOf === null).map(independentSource))].sort(),
      firstSeen: published[0] ?? isoDay(row.firstMs),
      lastSeen: published.at(-1) ?? isoDay(row.lastMs),
      languages,
      topEntities,
      members: own.map((m) => ({
        id: m.documentId,
        title: m.title,
        language: m.language,
        published: m.published,
        source: m.source,
        outlet: outletOf(m),
        url: m.url,
        duplicateOf: m.duplicateOf,
        relation: m.duplicateRelation,
        score: m.score,
        why: why(m),
        evidence: m.evidence,
      })),
    };
  });
}

export async function listStorySummaries(store: ArticleStore, filter: StoryFilter, preferredLanguage?: string | null): Promise<{ total: number; stories: StorySummary[] }> {
  const [total, rows] = await Promise.all([store.countStories(filter), store.listStories(filter)]);
  return { total, stories: await summarize(store, rows, preferredLanguage) };
}

/** One story by id or unique id prefix, with the other stories of its thread. */
export async function getStoryDetail(store: ArticleStore, id: string, preferredLanguage?: string | null): Promise<StoryDetail | null> {
  const row = await store.getStory(id);
  if (!row) return null;
  const [summary] = await summarize(store, [row], preferredLanguage);
  const siblings = (await store.listStories({ threadId: row.threadId })).filter((story) => story.id !== row.id);
  const threadSummaries = await summarize(store, siblings, preferredLanguage);
  if (!summary) throw new NewsloomError('NOT_FOUND', `no story ${id}`, id);
  return {
    ...summary,
    thread: threadSummaries.map((s) => ({ id: s.id, label: s.label, articles: s.articles, firstSeen: s.firstSeen, lastSeen: s.lastSeen })),
  };
}

/** Summaries of the stories with these ids, in the order asked; unknown ids are left out. */
export async function storySummariesByIds(store: ArticleStore, ids: string[], preferredLanguage?: string | null): Promise<StorySummary[]> {
  const rows = (await Promise.all(ids.map((id) => store.getStory(id)))).filter((row): row is StoryRow => row !== null);
  return summarize(store, rows, preferredLanguage);
}
