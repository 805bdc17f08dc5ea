import type { EntityMention, EntityType } from '../../../core/entity.js';
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
    const key = mention.placeId ? `place:${mention.placeId}` : `${mention.type}:${foldForMatch(mention.name)}`;
    let group = groups.get(key);
    if (!group) {
      group = { type: mention.type, name: mention.name, placeId: mention.placeId ?? null, country: mention.country ?? null, forms: [], mentions: [] };
      groups.set(key, group);
    }
    group.mentions.push(mention);
    // Demonyms ("Iranian") point to the country but are not names of it.
    if (!mention.demonym && !group.forms.some((form) => form.text === mention.text)) group.forms.push({ text: mention.text, language: mention.language, script: scriptOf(mention.text) });
    if (!mention.demonym && !group.forms.some((form) => form.text === mention.name)) group.forms.push({ text: mention.name, language: mention.language, script: scriptOf(mention.name) });
  }
  return [...groups.values()];
}
