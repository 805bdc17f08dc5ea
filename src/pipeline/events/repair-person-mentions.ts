/**
 * Two repairs of entity mentions that event roles depend on, both limited to what the article itself says:
 * - a titled first mention typed 'other' that ends with the surname of a person the article names
 *   elsewhere ("…Deputy Foreign Minister for Political Affairs Abbas Araqchi" read as one name) becomes
 *   that person, trimmed to the name's last words;
 * - a one-word person name that is the surname of exactly one fuller name in the article takes that name
 *   ("Araqchi" → "Abbas Araqchi"), as the entity stage does when the full name is typed as a person.
 */
import type { EntityMention } from '../../core/entity.js';
import { foldToken } from './article-view.js';

const WORD = /[\p{L}\p{M}'’-]+/gu;
const surname = (name: string): string => foldToken(name.trim().split(/\s+/u).at(-1) ?? '');
const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

function trimmedToName(mention: EntityMention): EntityMention {
  const words = [...mention.text.matchAll(WORD)];
  const last = words.at(-1)!;
  const previous = words.at(-2);
  // Keep a capitalised given name before the surname when the run is longer than a name ("Political Affairs Abbas Araqchi").
  const first = previous && words.length >= 3 && capitalised(previous[0]) ? previous : last;
  const start = mention.start + first.index;
  const text = mention.text.slice(first.index);
  return { ...mention, text, start, type: 'person', name: text, evidence: [...mention.evidence, 'events:surname-of-person'] };
}

/**
 * @example repairPersonMentions([{ text: 'Political Affairs Abbas Araqchi', type: 'other', … }, { text: 'Araqchi', type: 'person', name: 'Araqchi', … }])
 *   // [{ text: 'Abbas Araqchi', type: 'person', name: 'Abbas Araqchi', … }, { text: 'Araqchi', type: 'person', name: 'Abbas Araqchi', … }]
 */
export function repairPersonMentions(mentions: readonly EntityMention[]): EntityMention[] {
  const personSurnames = new Set(mentions.filter((mention) => mention.type === 'person').map((mention) => surname(mention.name)));
  const repaired = mentions.map((mention) => {
    if (mention.type !== 'other' || !personSurnames.has(surname(mention.text))) return mention;
    const words = mention.text.match(WORD) ?? [];
    return words.length >= 2 && capitalised(words.at(-1)!) ? trimmedToName(mention) : mention;
  });
  const fuller = new Map<string, Set<string>>();
  for (const mention of repaired) {
    if (mention.type !== 'person' || !/\s/u.test(mention.name.trim())) continue;
    const key = surname(mention.name);
    fuller.set(key, (fuller.get(key) ?? new Set()).add(mention.name));
  }
  return repaired.map((mention) => {
    if (mention.type !== 'person' || /\s/u.test(mention.name.trim())) return mention;
    const names = fuller.get(surname(mention.name));
    return names && names.size === 1 ? { ...mention, name: [...names][0]! } : mention;
  });
}
