import type { EntityMention, EntityType } from '../../../core/entity.js';
import { countryName } from '../../../gazetteer/index.js';
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

/** Groups an article's mentions by entity: places by gazetteer id, other names by type and full name. */
export function groupMentions(mentions: EntityMention[]): DocumentEntity[] {
  const groups = new Map<string, DocumentEntity>();
  for (const mention of mentions) {
    // A nationality adjective ("Turkish", "الروسي") is a mention of its country, whose gazetteer id is the country code.
    const placeId = mention.placeId ?? (mention.demonym && mention.country ? mention.country : null);
    const key = placeId ? `place:${placeId}` : `${mention.type}:${foldForMatch(mention.name)}`;
    let group = groups.get(key);
    if (!group) {
      const name = mention.demonym && placeId ? (countryName(placeId, 'en') ?? mention.name) : mention.name;
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
