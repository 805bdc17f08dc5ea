import type { EntityMention, EntityType } from '../../../core/entity.js';
import { countryName, stateFormCountries } from '../../../gazetteer/index.js';
import { foldForMatch } from '../../../lang/match-fold.js';
import { scriptOf } from './script-of.js';

/** Every mention of one entity in one article, with the forms it was written in. */
export interface DocumentEntity {
  type: EntityType;
  /** The fullest name the article uses. */
  name: string;
  placeId: string | null;
  country: string | null;
  forms: { text: string; language: string | null; script: string }[];
  mentions: EntityMention[];
}

/** The country a mention names or points to (a country's gazetteer id is its code). */
function countryOf(mention: EntityMention): string | null {
  if (mention.demonym) return mention.country ?? null;
  return mention.placeId && mention.placeId === mention.country ? mention.placeId : null;
}

/**
 * "The Islamic Republic", "the Kingdom": a state form several countries share
 * names the one of them the article mentions most (ties: none). Unresolved
 * mentions are returned as they were.
 */
export function resolveStateForms(mentions: readonly EntityMention[]): EntityMention[] {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    const code = countryOf(mention);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return mentions.map((mention) => {
    if (mention.type !== 'place' || mention.placeId || mention.demonym) return mention;
    const ranked = stateFormCountries(mention.name)
      .filter((code) => counts.has(code))
      .sort((a, b) => counts.get(b)! - counts.get(a)!);
    const [best, second] = ranked;
    if (!best || (second && counts.get(second) === counts.get(best))) return mention;
    return { ...mention, placeId: best, country: best, evidence: [...mention.evidence, `state-form:${best}`] };
  });
}

/** Groups an article's mentions by entity: places by gazetteer id, other names by type and full name. */
export function groupMentions(written: EntityMention[]): DocumentEntity[] {
  const groups = new Map<string, DocumentEntity>();
  for (const mention of resolveStateForms(written)) {
    // A nationality adjective ("Turkish", "الروسي") is a mention of its country, whose gazetteer id is the country code.
    const placeId = mention.placeId ?? (mention.demonym && mention.country ? mention.country : null);
    const key = placeId ? `place:${placeId}` : `${mention.type}:${foldForMatch(mention.name)}`;
    let group = groups.get(key);
    if (!group) {
      const name = placeId && (mention.demonym || mention.evidence.some((e) => e.startsWith('state-form:'))) ? (countryName(placeId, 'en') ?? mention.name) : mention.name;
      group = { type: mention.type, name, placeId, country: mention.country ?? null, forms: [], mentions: [] };
      groups.set(key, group);
    }
    group.mentions.push(mention);
    // Demonyms ("Iranian") point to the country but are not names of it.
    if (!mention.demonym && !group.forms.some((form) => form.text === mention.text)) group.forms.push({ text: mention.text, language: mention.language, script: scriptOf(mention.text) });
    if (!mention.demonym && !group.forms.some((form) => form.text === mention.name)) group.forms.push({ text: mention.name, language: mention.language, script: scriptOf(mention.name) });
  }
  return [...groups.values()];
}
