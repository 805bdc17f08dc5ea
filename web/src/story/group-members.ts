/**
 * Arranges a story's member articles the way the story page shows them: one group per outlet and language,
 * each original article with its copies (exact copies, reprints, updates) folded under it. A copy is folded
 * under the origin it was copied from even when another outlet published it, because what a reader needs to
 * see is that the text is the same report, not one more independent source.
 */
import type { StoryMember } from '../api/types.js';

export interface FoldedArticle {
  article: StoryMember;
  /** Copies of this article, oldest first. */
  copies: StoryMember[];
}

export interface MemberGroup {
  key: string;
  outlet: string;
  language: string | null;
  articles: FoldedArticle[];
}

/** The outlet to show: the stated outlet, else the URL's host, else the file the article came from. */
export function outletOf(member: StoryMember): string {
  if (member.outlet) return member.outlet;
  if (member.url) {
    try {
      return new URL(member.url).hostname.replace(/^www\./, '');
    } catch {
      // Not a URL we can read: fall through to the source.
    }
  }
  return member.source || 'unknown outlet';
}

function byPublished(a: StoryMember, b: StoryMember): number {
  return (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.id.localeCompare(b.id);
}

/**
 * The original a copy descends from, following chains of copies; the member itself when it is an original,
 * when its origin is not in this story, or when bad data makes the chain a cycle (nothing may disappear).
 */
function rootOf(member: StoryMember, byId: Map<string, StoryMember>): StoryMember {
  let current = member;
  const seen = new Set<string>([member.id]);
  while (current.duplicateOf) {
    const origin = byId.get(current.duplicateOf);
    if (!origin) return current;
    if (seen.has(origin.id)) return member;
    seen.add(origin.id);
    current = origin;
  }
  return current;
}

/**
 * Groups by outlet and language, languages in order of how many articles the story has in them (so the
 * story's main language comes first and others sit beside it), outlets alphabetically within a language.
 */
export function groupMembers(members: readonly StoryMember[]): MemberGroup[] {
  const byId = new Map(members.map((member) => [member.id, member]));
  const folded = new Map<string, FoldedArticle>();
  const copiesOf = new Map<string, StoryMember[]>();
  for (const member of [...members].sort(byPublished)) {
    const root = rootOf(member, byId);
    if (root.id === member.id) folded.set(member.id, { article: member, copies: [] });
    else copiesOf.set(root.id, [...(copiesOf.get(root.id) ?? []), member]);
  }
  for (const [rootId, copies] of copiesOf) {
    const entry = folded.get(rootId);
    if (entry) entry.copies.push(...copies);
  }

  const languageWeight = new Map<string, number>();
  for (const member of members) {
    const language = member.language ?? '';
    languageWeight.set(language, (languageWeight.get(language) ?? 0) + 1);
  }

  const groups = new Map<string, MemberGroup>();
  for (const entry of folded.values()) {
    const outlet = outletOf(entry.article);
    const language = entry.article.language;
    const key = `${language ?? ''}\u0000${outlet}`;
    const group = groups.get(key) ?? { key, outlet, language, articles: [] };
    group.articles.push(entry);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      (languageWeight.get(b.language ?? '') ?? 0) - (languageWeight.get(a.language ?? '') ?? 0) ||
      (a.language ?? '\uffff').localeCompare(b.language ?? '\uffff') ||
      a.outlet.localeCompare(b.outlet),
  );
}
