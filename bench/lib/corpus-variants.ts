/**
 * Many articles from a few: each stored article of a small corpus is
 * rewritten as "variants" — the names of its entities replaced, in every
 * script they are written in, by made-up names of the same shape, its
 * publication moved in time, its URL made its own — so N variants of a
 * multilingual story are N multilingual stories about different people and
 * places, reported by the same outlets. For load tests: realistic text,
 * languages, outlets and story sizes at any count. Deterministic.
 */
import type { StoredArticle } from '../../src/core/article.js';
import type { ArticleStore } from '../../src/store/article-store.js';
import { seededRandom } from './synthetic-corpus.js';

/** Syllables in Latin, Cyrillic and Arabic, so a made-up name reads alike in every script. */
const SYLLABLES: [string, string, string][] = [
  ['ka', 'ка', 'كا'], ['ro', 'ро', 'رو'], ['min', 'мин', 'مين'], ['sa', 'са', 'سا'], ['lev', 'лев', 'ليف'], ['na', 'на', 'نا'],
  ['dor', 'дор', 'دور'], ['ti', 'ти', 'تي'], ['ma', 'ма', 'ما'], ['vel', 'вел', 'فيل'], ['zan', 'зан', 'زان'], ['be', 'бе', 'بي'],
  ['lo', 'ло', 'لو'], ['mir', 'мир', 'مير'], ['ga', 'га', 'غا'], ['sho', 'шо', 'شو'], ['ner', 'нер', 'نير'], ['di', 'ди', 'دي'],
  ['kor', 'кор', 'كور'], ['van', 'ван', 'فان'], ['ras', 'рас', 'راس'], ['nik', 'ник', 'نيك'], ['sun', 'сун', 'سون'], ['fa', 'фа', 'فا'],
];
const SCRIPT_INDEX: Record<string, 0 | 1 | 2> = { Latn: 0, Cyrl: 1, Arab: 2 };
const DAY_MS = 86_400_000;

export interface SourceArticle {
  article: StoredArticle;
  /** Aliases of the entities it mentions, with the entity and script of each, longest first. */
  aliases: { entityId: string; alias: string; script: string }[];
}

export interface VariantRecord {
  url: string;
  title: string;
  text: string;
  published: string | null;
  language: string | null;
  source: string | null;
}

/** Reads the corpus articles back with the aliases of their entities. */
export async function loadSourceArticles(store: ArticleStore): Promise<SourceArticle[]> {
  const articles = await store.listArticles({});
  const mentions = await store.documentMentions(articles.map((a) => a.id));
  const entityIds = [...new Set([...mentions.values()].flat().map((m) => m.entityId))];
  const aliases = new Map<string, { alias: string; script: string }[]>();
  for (const id of entityIds) aliases.set(id, (await store.getEntity(id))?.aliases.map((a) => ({ alias: a.alias, script: a.script })) ?? []);
  return articles.map((article) => ({
    article,
    aliases: [...new Set((mentions.get(article.id) ?? []).map((m) => m.entityId))]
      .flatMap((entityId) => (aliases.get(entityId) ?? []).map((a) => ({ entityId, ...a })))
      .filter((a) => a.alias.length >= 3)
      .sort((a, b) => b.alias.length - a.alias.length),
  }));
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The made-up name an entity has in one variant, in one script, with as many words as the alias. */
function madeUpName(entityId: string, variant: number, script: string, words: number): string {
  const random = seededRandom(hash(`${entityId}/${variant}`));
  const index = SCRIPT_INDEX[script] ?? 0;
  const parts: string[] = [];
  for (let w = 0; w < words; w += 1) {
    let word = '';
    for (let s = 0; s < 2 + Math.floor(random() * 2); s += 1) word += (SYLLABLES[Math.floor(random() * SYLLABLES.length)] as [string, string, string])[index];
    parts.push(index === 2 ? word : word.charAt(0).toUpperCase() + word.slice(1));
  }
  return parts.join(' ');
}

function rename(text: string, source: SourceArticle, variant: number): string {
  let out = text;
  for (const { entityId, alias, script } of source.aliases) {
    if (out.includes(alias)) out = out.split(alias).join(madeUpName(entityId, variant, script, alias.split(/\s+/u).length));
  }
  return out;
}

/** Variant `variant` (≥ 1) of an article: renamed, published `variant × spacingDays` days after it (earlier when negative), at its own URL. */
export function variantOf(source: SourceArticle, variant: number, spacingDays: number): VariantRecord {
  const { article } = source;
  const shifted = article.published ? new Date(Date.parse(article.published.value.length === 4 ? `${article.published.value}-07-01` : article.published.value) + variant * spacingDays * DAY_MS) : null;
  const host = article.url ? new URL(article.url).host : 'archive.example';
  return {
    url: `https://${host}/variant-${variant}/${article.id}`,
    title: rename(article.title ?? '', source, variant),
    text: article.paragraphs.map((paragraph) => rename(paragraph, source, variant)).join('\n\n'),
    published: shifted && !Number.isNaN(shifted.getTime()) ? shifted.toISOString() : null,
    language: article.language,
    source: article.publisher,
  };
}
