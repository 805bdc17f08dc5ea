/** An entity's aliases grouped by language and script ("Rouhani" and "Hassan Rouhani" in English, Latin; "روحاني" in Arabic, Arabic script). */
import type { EntityAlias } from '../api/types.js';

export interface AliasGroup {
  key: string;
  language: string | null;
  script: string;
  aliases: EntityAlias[];
  mentions: number;
}

/** Groups, the most mentioned first; aliases in a group likewise. */
export function groupAliases(aliases: readonly EntityAlias[]): AliasGroup[] {
  const groups = new Map<string, AliasGroup>();
  for (const alias of aliases) {
    const key = `${alias.language ?? ''}\u0000${alias.script}`;
    const group = groups.get(key) ?? { key, language: alias.language, script: alias.script, aliases: [], mentions: 0 };
    group.aliases.push(alias);
    group.mentions += alias.mentions;
    groups.set(key, group);
  }
  for (const group of groups.values()) group.aliases.sort((a, b) => b.mentions - a.mentions || a.alias.localeCompare(b.alias));
  return [...groups.values()].sort((a, b) => b.mentions - a.mentions || a.key.localeCompare(b.key));
}
