/**
 * The titles and countries the article gives each person it names ("Iranian President Hassan
 * Rouhani", "President Ilham Aliyev of Azerbaijan", "السفير الايراني لدى موسكو كاظم جلالي"), so that a
 * later description ("the Iranian president", "The President of Azerbaijan", "the Leader") can be
 * tied to the one person it fits, and to nobody when several fit.
 */
import type { EntityMention } from '../../core/entity.js';
import { foldToken, type ArticleView, type PlacedMention } from './article-view.js';

export interface RegisteredPerson {
  /** The mention with the fullest name: the one a description resolves to. */
  mention: EntityMention;
  /** Folded role phrases written before any of its mentions ("president", "deputy foreign minister"). */
  roles: Set<string>;
  /** ISO codes of the countries its titles name. */
  countries: Set<string>;
}

/** Words looked back over from a name for its title ("Leader of the Islamic Revolution Ayatollah"). */
const TITLE_LOOKBACK_TOKENS = 7;
const SENTENCE_STOPS = new Set(['.', '!', '?', '؟', ';', '؛', ':']);

export const countryOf = (mention: EntityMention): string | null => {
  if (mention.type !== 'place') return null;
  if (mention.demonym && mention.country) return mention.country;
  return mention.placeId && /^[A-Z]{2}$/u.test(mention.placeId) ? mention.placeId : null;
};

/** Roles and countries written just before a person's name, and a country named right after it ("of Azerbaijan"). */
function titleOf(view: ArticleView, entry: PlacedMention, index: number): { roles: string[]; countries: string[] } {
  const roles: string[] = [];
  const countries: string[] = [];
  const lowest = Math.max(0, entry.firstToken - TITLE_LOOKBACK_TOKENS);
  let previousMention = index - 1;
  for (let i = entry.firstToken - 1; i >= lowest; i -= 1) {
    if (SENTENCE_STOPS.has(view.folded[i]!)) break;
    while (previousMention >= 0 && view.mentions[previousMention]!.firstToken > i) previousMention -= 1;
    const other = view.mentions[previousMention];
    if (other && other.endToken > i) {
      if (other.mention.type === 'person') break;
      const country = countryOf(other.mention);
      if (country) countries.push(country);
      i = other.firstToken;
      continue;
    }
    const role = view.roleAt.get(i);
    if (role && role.end <= entry.firstToken) {
      roles.push(role.value);
      continue;
    }
    // A verb ends the title: "The Iranian president congratulated Putin" gives Putin no title.
    if (view.verbAt[i]) break;
  }
  for (let j = index + 1; j < view.mentions.length && j <= index + 2; j += 1) {
    const next = view.mentions[j]!;
    const country = countryOf(next.mention);
    // "President Ilham Aliyev of Azerbaijan": one short link word, no comma, and the country stands alone
    // ("informed President Rouhani of Russia's mediation" names Russia's mediation, not Rouhani's country).
    const linkWord = view.tokens[entry.endToken];
    const alone = view.tokens[next.firstToken]?.start === next.mention.start && view.tokens[next.endToken - 1]?.end === next.mention.end;
    if (country && alone && next.firstToken - entry.endToken === 1 && linkWord?.word && view.folded[entry.endToken]!.length <= 3) countries.push(country);
  }
  return { roles, countries };
}

/**
 * Every person the article names, keyed by folded full name.
 * @example buildPersonRegistry(view).get('hassan rouhani')?.roles // Set { 'president' }
 */
export function buildPersonRegistry(view: ArticleView): Map<string, RegisteredPerson> {
  const registry = new Map<string, RegisteredPerson>();
  const record = (person: RegisteredPerson, entry: PlacedMention, index: number): string[] => {
    const { roles, countries } = titleOf(view, entry, index);
    for (const role of roles) person.roles.add(role);
    for (const country of countries) person.countries.add(country);
    return roles;
  };
  // "Rouhani … with his Russian counterpart Vladimir Putin": Putin holds the office Rouhani holds.
  const counterparts: { person: RegisteredPerson; of: string }[] = [];
  view.mentions.forEach((entry, index) => {
    if (entry.mention.type !== 'person') return;
    const key = foldToken(entry.mention.name);
    let person = registry.get(key);
    if (!person) registry.set(key, (person = { mention: entry.mention, roles: new Set(), countries: new Set() }));
    if (entry.mention.text.length > person.mention.text.length) person.mention = entry.mention;
    const roles = record(person, entry, index);
    const other = roles.some((role) => view.lexicon.counterpartRoles.has(role)) ? previousPersonInSentence(view, index) : null;
    if (other) counterparts.push({ person, of: foldToken(other.name) });
  });
  for (const { person, of } of counterparts) {
    for (const role of registry.get(of)?.roles ?? []) if (!view.lexicon.counterpartRoles.has(role)) person.roles.add(role);
  }
  // A titled first mention the entity stage did not type as a person ("Deputy Foreign Minister for Political
  // Affairs Abbas Araqchi" read as one name) still gives its title to the person it ends with.
  const bySurname = new Map([...registry.values()].map((person) => [lastWord(person.mention.name), person]));
  view.mentions.forEach((entry, index) => {
    if (entry.mention.type !== 'other') return;
    const person = bySurname.get(lastWord(entry.mention.text));
    if (person) record(person, entry, index);
  });
  return registry;
}

/** The person named last before mention `index`, in the same sentence. */
function previousPersonInSentence(view: ArticleView, index: number): EntityMention | null {
  const entry = view.mentions[index]!;
  for (let j = index - 1; j >= 0; j -= 1) {
    const other = view.mentions[j]!;
    if (view.folded.slice(other.endToken, entry.firstToken).some((token) => SENTENCE_STOPS.has(token))) return null;
    if (other.mention.type === 'person') return other.mention;
  }
  return null;
}

const lastWord = (name: string): string => foldToken(name.trim().split(/\s+/u).at(-1) ?? '');

/** Whether a person holds a role a description names: every word of the description's role is a word of one of theirs. */
export function holdsRole(person: RegisteredPerson, role: string): boolean {
  const wanted = role.split(' ');
  for (const held of person.roles) {
    const words = held.split(' ');
    // Inflected forms share a stem: "رئيس" and "رئيسين", «президент» and «президента».
    if (wanted.every((word) => words.some((heldWord) => heldWord.startsWith(word) || word.startsWith(heldWord)))) return true;
  }
  return false;
}

/**
 * The one person a description fits: by role among the people of its country, else the only person of
 * that country; null when none or several fit (an ambiguous "the President" stays unknown).
 */
export function resolveDescription(registry: ReadonlyMap<string, RegisteredPerson>, role: string, country: string | null): RegisteredPerson | null {
  const pool = [...registry.values()].filter((person) => country === null || person.countries.has(country));
  const withRole = pool.filter((person) => holdsRole(person, role));
  if (withRole.length === 1) return withRole[0]!;
  if (withRole.length === 0 && country !== null && pool.length === 1) return pool[0]!;
  return null;
}
