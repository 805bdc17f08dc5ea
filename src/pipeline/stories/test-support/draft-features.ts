/** Builds clustering features from a short description, for the stories tests. */
import type { EntityType } from '../../../core/entity.js';
import { articleFeatures } from '../article-features.js';
import type { ArticleFeatures } from '../types.js';

export interface FeatureDraft {
  language?: string | null;
  title?: string | null;
  paragraphs?: string[];
  publishedMs?: number | null;
  /** Entities, all mentioned in the title. */
  entities?: [string, EntityType][];
}

/** English unless the draft says otherwise; published at `defaultPublishedMs` unless the draft says otherwise (null included). */
export function draftFeatures(id: string, draft: FeatureDraft, defaultPublishedMs: number): ArticleFeatures {
  return articleFeatures({
    id,
    language: draft.language === undefined ? 'en' : draft.language,
    title: draft.title ?? null,
    paragraphs: draft.paragraphs ?? [],
    publishedMs: draft.publishedMs === undefined ? defaultPublishedMs : draft.publishedMs,
    mentions: (draft.entities ?? []).map(([entityId, type]) => ({ entityId, type, start: 0 })),
  });
}
