import { describe, expect, it } from 'vitest';
import type { StoryMember } from '../api/types.js';
import { groupMembers, outletOf } from './group-members.js';

function member(id: string, fields: Partial<StoryMember> = {}): StoryMember {
  return { id, title: id, language: 'en', published: '2020-10-10', source: `files/${id}.txt`, outlet: 'Outlet', url: null, duplicateOf: null, relation: null, score: 0, why: '', ...fields };
}

describe('groupMembers', () => {
  it('groups by outlet and language, the most covered language first', () => {
    const groups = groupMembers([
      member('a', { outlet: 'Iran Press', language: 'en' }),
      member('b', { outlet: 'Al Alam', language: 'ar' }),
      member('c', { outlet: 'IRNA', language: 'en' }),
      member('d', { outlet: 'IRNA', language: 'en', published: '2020-10-09' }),
    ]);
    expect(groups.map((group) => [group.language, group.outlet, group.articles.map((entry) => entry.article.id)])).toEqual([
      ['en', 'Iran Press', ['a']],
      ['en', 'IRNA', ['d', 'c']],
      ['ar', 'Al Alam', ['b']],
    ]);
  });

  it('folds a reprint under its origin even when another outlet published it, following chains of copies', () => {
    const groups = groupMembers([
      member('origin', { outlet: 'IRNA' }),
      member('reprint', { outlet: 'GlobalSecurity.org', duplicateOf: 'origin', relation: 'reprint', published: '2020-10-11' }),
      member('copy-of-reprint', { outlet: 'Mirror', duplicateOf: 'reprint', relation: 'exact', published: '2020-10-12' }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.outlet).toBe('IRNA');
    expect(groups[0]!.articles[0]!.copies.map((copy) => copy.id)).toEqual(['reprint', 'copy-of-reprint']);
  });

  it('shows a copy whose origin is outside the story, or that points in a cycle, as an original', () => {
    const groups = groupMembers([
      member('x', { duplicateOf: 'elsewhere', relation: 'reprint' }),
      member('p', { outlet: 'P', duplicateOf: 'q', relation: 'exact' }),
      member('q', { outlet: 'P', duplicateOf: 'p', relation: 'exact', published: '2020-10-11' }),
    ]);
    const shown = groups.flatMap((group) => group.articles.map((entry) => entry.article.id));
    expect(shown.sort()).toEqual(['p', 'q', 'x']);
  });
});

describe('outletOf', () => {
  it('falls back to the URL host, then to the source', () => {
    expect(outletOf(member('a', { outlet: null, url: 'https://www.presstv.ir/Detail/1' }))).toBe('presstv.ir');
    expect(outletOf(member('a', { outlet: null, url: 'not a url' }))).toBe('files/a.txt');
  });
});
