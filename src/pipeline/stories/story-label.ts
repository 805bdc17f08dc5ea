/**
 * A story's label: the member headline that best represents it — the one
 * whose words weigh most in the story's profile — in the reader's preferred
 * language when a member is written in it. Copies are only used when no
 * original has a title.
 */
import { addTerms } from './terms.js';
import type { StoryProfile } from './types.js';

export interface LabelCandidate {
  title: string | null;
  language: string | null;
  duplicate: boolean;
}

export interface StoryLabel {
  label: string | null;
  language: string | null;
}

function representativeness(title: string, language: string | null, profile: StoryProfile): number {
  const terms = addTerms(new Map(), title, language, 1);
  if (terms.size === 0) return 0;
  let sum = 0;
  for (const term of terms.keys()) sum += profile.terms.get(term) ?? 0;
  // Divided by √length: a long headline must not win by having more words.
  return sum / Math.sqrt(terms.size);
}

const sameLanguage = (a: string | null, b: string): boolean => (a ?? '').toLowerCase().split('-')[0] === b.toLowerCase().split('-')[0];

/**
 * @example chooseLabel(profile, [{ title: 'Rouhani, Putin discuss truce', language: 'en', duplicate: false }], 'en').label // 'Rouhani, Putin discuss truce'
 */
export function chooseLabel(profile: StoryProfile, members: LabelCandidate[], preferredLanguage?: string | null): StoryLabel {
  const titled = members.filter((member): member is LabelCandidate & { title: string } => Boolean(member.title?.trim()));
  const originals = titled.filter((member) => !member.duplicate);
  let pool = originals.length > 0 ? originals : titled;
  if (preferredLanguage) {
    const preferred = pool.filter((member) => sameLanguage(member.language, preferredLanguage));
    if (preferred.length > 0) pool = preferred;
  }
  let best: (typeof pool)[number] | null = null;
  let bestScore = -1;
  for (const member of pool) {
    const score = representativeness(member.title, member.language, profile);
    if (score > bestScore) [best, bestScore] = [member, score];
  }
  return best ? { label: best.title.trim(), language: best.language } : { label: null, language: null };
}
