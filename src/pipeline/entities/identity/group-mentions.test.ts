import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../../core/entity.js';
import { groupMentions, resolveStateForms } from './group-mentions.js';

const mention = (text: string, extra: Partial<EntityMention> = {}): EntityMention => ({
  text, start: 0, end: text.length, type: 'place', name: text, evidence: [], language: 'en', ...extra,
});

describe('resolveStateForms', () => {
  it('reads "the Islamic Republic" as the one of its countries the article mentions most', () => {
    const mentions = [
      mention('Iran', { placeId: 'IR', country: 'IR' }),
      mention('Iranian', { demonym: true, country: 'IR' }),
      mention('Pakistan', { placeId: 'PK', country: 'PK' }),
      mention('Islamic Republic'),
    ];
    const resolved = resolveStateForms(mentions).at(-1)!;
    expect(resolved).toMatchObject({ placeId: 'IR', country: 'IR' });
    expect(resolved.evidence).toContain('state-form:IR');
    const iran = groupMentions(mentions).find((group) => group.placeId === 'IR')!;
    expect(iran.name).toBe('Iran');
    expect(iran.forms.map((form) => form.text)).toContain('Islamic Republic');
  });

  it('leaves the phrase alone when no candidate is mentioned or two tie', () => {
    expect(resolveStateForms([mention('Islamic Republic')])[0]?.placeId).toBeUndefined();
    const tie = [mention('Iran', { placeId: 'IR', country: 'IR' }), mention('Pakistan', { placeId: 'PK', country: 'PK' }), mention('Islamic Republic')];
    expect(resolveStateForms(tie)[2]?.placeId).toBeUndefined();
    expect(resolveStateForms([mention('Tehran', { placeId: '112931', country: 'IR' }), mention('Islamic Republic')])[1]?.placeId).toBeUndefined();
  });
});
