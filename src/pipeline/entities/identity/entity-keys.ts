import { foldForMatch } from '../../../lang/match-fold.js';
import { nameKey } from '../names/index.js';
import type { DocumentEntity } from './group-mentions.js';

export const foldName = (text: string) => foldForMatch(text).replace(/[\s\-‐'’.]+/gu, ' ').trim();
const lastToken = (name: string) => foldName(name).split(' ').at(-1) ?? '';

/** Lookup keys under which an entity is stored and found again. */
export function entityKeys(entity: Pick<DocumentEntity, 'type' | 'name' | 'placeId' | 'forms'>): string[] {
  const keys = new Set<string>();
  if (entity.placeId) keys.add(`place:${entity.placeId}`);
  for (const form of [entity.name, ...entity.forms.map((f) => f.text)]) {
    const folded = foldName(form);
    if (!folded) continue;
    keys.add(`alias:${folded}`);
    const key = nameKey(form);
    if (key) keys.add(`key:${entity.type}:${key}`);
  }
  if (entity.type === 'person') {
    for (const form of [entity.name, ...entity.forms.map((f) => f.text)]) {
      const surname = lastToken(form);
      if (surname) keys.add(`surname:${surname}`);
      const key = nameKey(surname);
      if (key) keys.add(`surname-key:${key}`);
    }
  }
  return [...keys];
}
