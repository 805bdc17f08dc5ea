import { describe, expect, it } from 'vitest';
import { mergeRoles } from './merge-roles.js';

const rouhani = 'person:rouhani';
const putin = 'person:putin';
const aliyev = 'person:aliyev';
const call = (actors: string[], targets: string[]): { subtype: string; actors: string[]; targets: string[] } => ({ subtype: 'phone-call', actors, targets });

describe('mergeRoles', () => {
  it('gives a party named as actor in one report and target in others the role most reports give', () => {
    const merged = mergeRoles([call([rouhani, putin], []), call([rouhani], [putin]), call([rouhani], [putin])], 'phone-call');
    expect(merged).toEqual({ actors: [rouhani], targets: [putin] });
  });

  it('keeps a party a target on a tie, as "X called Y" says more than "X and Y spoke"', () => {
    const merged = mergeRoles([call([rouhani, putin], []), call([rouhani], [putin])], 'phone-call');
    expect(merged).toEqual({ actors: [rouhani], targets: [putin] });
  });

  it('never lists a party as both; reports with opposite directions make the parties act together', () => {
    const merged = mergeRoles([call([aliyev], [rouhani]), call([rouhani], [aliyev])], 'phone-call');
    expect(merged).toEqual({ actors: [aliyev, rouhani], targets: [] });
    const slip = mergeRoles([{ subtype: null, actors: [aliyev], targets: [aliyev, rouhani] }], null);
    expect(slip).toEqual({ actors: [aliyev], targets: [rouhani] });
  });

  it("lets the reports of the event's own subtype decide, and vaguer reports only place the parties they leave out", () => {
    const araqchi = 'person:araqchi';
    const merged = mergeRoles(
      [
        { subtype: 'visit', actors: [araqchi], targets: ['place:AZ', 'place:AM'] },
        { subtype: null, actors: ['place:AZ', 'place:AM', 'place:RU'], targets: [] },
        { subtype: null, actors: ['place:AZ', 'place:AM'], targets: [] },
      ],
      'visit',
    );
    expect(merged).toEqual({ actors: [araqchi, 'place:RU'], targets: ['place:AM', 'place:AZ'] });
  });
});
