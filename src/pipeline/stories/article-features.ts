/**
 * One article's clustering evidence, computed once when it is clustered:
 * linked entities (language-independent), figures and named days
 * (language-independent), and word stems (within its language).
 */
import type { EntityType } from '../../core/entity.js';
import { articleText } from '../entities/article-text.js';
import { namedDays } from './named-days.js';
import { figuresOf } from './numbers.js';
import { addTerms } from './terms.js';
import type { ArticleFeatures, StoryArticle } from './types.js';

/** Weight of a word or entity in the title and in the lead, against 1 in the rest of the text. */
export const TITLE_WEIGHT = 3;
export const LEAD_WEIGHT = 2;
/** The lead: the opening paragraphs up to about this many characters (a news lead is one or two sentences). */
const LEAD_CHARACTERS = 400;
/** Terms kept per article: the heaviest ones; the tail of a long text adds noise, not topic. */
export const MAX_ARTICLE_TERMS = 120;

function leadParagraphs(paragraphs: string[]): number {
  let length = 0;
  for (let i = 0; i < paragraphs.length; i += 1) {
    length += paragraphs[i]?.length ?? 0;
    if (length >= LEAD_CHARACTERS) return i + 1;
  }
  return paragraphs.length;
}

function keepHeaviest(weights: Map<string, number>, limit: number): Map<string, number> {
  if (weights.size <= limit) return weights;
  return new Map([...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit));
}

/** Diminishing returns: the tenth mention of a name adds less than the second. */
function dampen(weights: Map<string, number>): Map<string, number> {
  return new Map([...weights].map(([key, weight]) => [key, 1 + Math.log(weight)]));
}

export function articleFeatures(article: StoryArticle): ArticleFeatures {
  const lead = leadParagraphs(article.paragraphs);
  const titleEnd = (article.title ?? '').length;
  const leadEnd = articleText({ title: article.title, paragraphs: article.paragraphs.slice(0, lead) }).length;

  const rawTerms = new Map<string, number>();
  if (article.title) addTerms(rawTerms, article.title, article.language, TITLE_WEIGHT);
  article.paragraphs.forEach((paragraph, i) => addTerms(rawTerms, paragraph, article.language, i < lead ? LEAD_WEIGHT : 1));

  const rawEntities = new Map<string, number>();
  const entityTypes = new Map<string, EntityType>();
  for (const mention of article.mentions) {
    const weight = mention.start < titleEnd ? TITLE_WEIGHT : mention.start < leadEnd ? LEAD_WEIGHT : 1;
    rawEntities.set(mention.entityId, (rawEntities.get(mention.entityId) ?? 0) + weight);
    entityTypes.set(mention.entityId, mention.type);
  }

  const text = [article.title ?? '', ...article.paragraphs].join('\n');
  return {
    id: article.id,
    language: article.language,
    title: article.title,
    publishedMs: article.publishedMs,
    entities: dampen(rawEntities),
    entityTypes,
    terms: keepHeaviest(dampen(rawTerms), MAX_ARTICLE_TERMS),
    numbers: figuresOf(text),
    dates: namedDays(text, article.language, article.publishedMs),
  };
}
