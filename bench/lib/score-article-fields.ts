/**
 * Field-by-field scoring of an extracted article against a hand-made gold
 * record (the format of ../shared/seeds/gold.json and examples/corpus/expected.json).
 */
import type { Article } from '../../src/core/article.js';

export interface GoldDocument {
  language?: string;
  title?: string | null;
  published?: string | null;
  published_tolerance_days?: number;
  original_source?: string | null;
  /** The publishing site, when the gold file tells it apart from the credited original source. */
  source?: string | null;
  dateline?: string | null;
  boilerplate_lines?: number[];
  credit_lines?: number[];
  caption_lines?: number[];
  title_lines?: number[];
  date_lines?: number[];
  body_first_line?: number | null;
  body_last_line?: number | null;
  body_starts_with?: string;
  body_ends_with?: string;
}

export interface FieldScore {
  field: string;
  ok: boolean;
  expected: unknown;
  got: unknown;
}

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
/** Names match when equal, when one is the other's acronym ("MNA" for "Meridian News Agency"), or up to a parenthetical gloss ("صدى الشرق (Sada al-Sharq)"). */
function sameName(got: string | null | undefined, expected: string | null | undefined): boolean {
  const strip = (text: string | null | undefined) => norm(text).replace(/\s*\([^)]*\)\s*$/u, '');
  const initials = (text: string) => text.split(/\s+/).map((word) => word[0] ?? '').join('');
  const a = strip(got);
  const b = strip(expected);
  return a === b || (a.length >= 2 && a === initials(b)) || (b.length >= 2 && b === initials(a));
}

function publishedMatches(gold: string, got: string | null, toleranceDays: number): boolean {
  if (!got) return false;
  if (gold.includes('T')) return got.slice(0, 16) === gold.slice(0, 16);
  const distance = Math.abs(Date.parse(got.slice(0, 10)) - Date.parse(gold.slice(0, 10))) / 86_400_000;
  return distance <= toleranceDays;
}

/** Lines (1-based) the extraction removed, and how the body paragraphs map back to lines. */
function lineView(article: Article, text: string) {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).map((line) => line.replace(/\s+/g, ' ').trim());
  const removed = new Set(article.removed.filter((block) => block.reason !== 'outlet label').map((block) => block.line ?? -1));
  const paragraphs = article.paragraphs.map(norm);
  const kept = (n: number) => !removed.has(n) && paragraphs.some((p) => p.length > 0 && norm(lines[n - 1]).endsWith(p));
  return { lines, removed, kept };
}

export function scoreArticle(gold: GoldDocument, article: Article, text: string): FieldScore[] {
  const scores: FieldScore[] = [];
  const add = (field: string, ok: boolean, expected: unknown, got: unknown) => scores.push({ field, ok, expected, got });

  if (gold.language !== undefined) add('language', article.language === gold.language, gold.language, article.language);
  if (gold.title !== undefined) add('title', norm(article.title) === norm(gold.title), gold.title, article.title);
  if (gold.published !== undefined) {
    const got = article.published?.value ?? null;
    const ok = gold.published === null ? got === null : publishedMatches(gold.published, got, gold.published_tolerance_days ?? 0);
    add('published', ok, gold.published, got);
  }
  if (gold.source !== undefined) {
    // The gold file separates the credited agency (original_source) from the site (source).
    if (gold.original_source !== undefined) add('credited source', sameName(article.credit, gold.original_source), gold.original_source, article.credit);
    add('publisher', sameName(article.publisher, gold.source), gold.source, article.publisher);
  } else if (gold.original_source !== undefined) {
    // The seeds' original source is the credited agency, or the site itself when it credits none.
    const got = article.credit ?? article.publisher;
    add('original source', sameName(got, gold.original_source), gold.original_source, got);
  }
  if (gold.dateline !== undefined) add('dateline', norm(article.dateline?.place) === norm(gold.dateline), gold.dateline, article.dateline?.place ?? null);

  if (gold.body_first_line) {
    const { lines, removed, kept } = lineView(article, text);
    const missed = (gold.boilerplate_lines ?? []).filter((n) => !removed.has(n));
    add('boilerplate removed', missed.length === 0, gold.boilerplate_lines, missed.length ? `kept ${missed.join(', ')}` : 'all removed');
    const notBody = new Set([...(gold.boilerplate_lines ?? []), ...(gold.credit_lines ?? []), ...(gold.caption_lines ?? []), ...(gold.title_lines ?? []), ...(gold.date_lines ?? [])]);
    const bodyLines: number[] = [];
    for (let n = gold.body_first_line; n <= (gold.body_last_line ?? n); n += 1) if (lines[n - 1] && !notBody.has(n)) bodyLines.push(n);
    const lost = bodyLines.filter((n) => !kept(n));
    add('body first and last line kept', kept(gold.body_first_line) && kept(gold.body_last_line ?? gold.body_first_line), [gold.body_first_line, gold.body_last_line], lost.length ? `lost ${lost.join(', ')}` : 'kept');
    add('no body line removed', lost.length === 0, bodyLines.length, lost.length ? `lost ${lost.join(', ')}` : 'none lost');
    const extra = [...removed].filter((n) => n > 0 && !notBody.has(n) && !bodyLines.includes(n));
    const bodyAfter = article.paragraphs.length - bodyLines.length;
    add('nothing else kept as body', bodyAfter <= 0, bodyLines.length, `${article.paragraphs.length} paragraphs${extra.length ? `; also removed ${extra.join(', ')}` : ''}`);
  } else if (gold.body_starts_with) {
    const body = article.paragraphs.join(' ').replace(/\s+/g, ' ').trim();
    add('body start', body.startsWith(gold.body_starts_with.trim()), gold.body_starts_with, body.slice(0, 60));
    if (gold.body_ends_with) add('body end', body.endsWith(gold.body_ends_with.trim()), gold.body_ends_with, body.slice(-60));
  }
  return scores;
}
