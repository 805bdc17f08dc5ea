/**
 * An event noun in an opening adjunct ("Speaking on Monday in a phone call with X, Y urged…") has the main
 * clause's subject as actor and the "with X" party as target; no event has one party in both roles.
 */
import { describe, expect, it } from 'vitest';
import { participantKey } from './assign-participants.js';
import { eventOf, extractFrom, names } from './test-support/extract-from.js';

describe('a participial or prepositional opener with "with X"', () => {
  it.each([
    ['en', 'Speaking on Monday in a phone call with Turkish President Recep Tayyip Erdogan, German Chancellor Angela Merkel urged restraint.', 'Angela Merkel', 'Recep Tayyip Erdogan'],
    ['en', 'In a telephone conversation with Iranian President Hassan Rouhani, Azerbaijani President Ilham Aliyev thanked Tehran.', 'Ilham Aliyev', 'Hassan Rouhani'],
    ['ru', 'В ходе телефонного разговора с президентом Турции Реджепом Тайипом Эрдоганом канцлер Германии Ангела Меркель призвала к сдержанности.', 'Ангела Меркель', 'Реджепом Тайипом Эрдоганом'],
    ['fr', 'Lors de son entretien téléphonique avec le président turc Recep Tayyip Erdogan, la chancelière allemande Angela Merkel a appelé à la retenue.', 'Angela Merkel', 'Recep Tayyip Erdogan'],
  ])('%s: "%s"', (language, sentence, actor, target) => {
    const result = extractFrom(language, [sentence]);
    const call = eventOf(result, 'consult/phone-call');
    expect(names(call.actors)).toEqual([actor]);
    expect(names(call.targets)).toEqual([target]);
    for (const event of result.events) {
      const actorKeys = new Set(event.actors.map(participantKey));
      expect(event.targets.filter((party) => actorKeys.has(participantKey(party)))).toEqual([]);
    }
  });
});
