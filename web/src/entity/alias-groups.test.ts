import { describe, expect, it } from 'vitest';
import { groupAliases } from './alias-groups.js';

describe('groupAliases', () => {
  it('groups by language and script, the most mentioned first', () => {
    const groups = groupAliases([
      { alias: 'روحاني', language: 'ar', script: 'Arab', evidence: 'similar name', mentions: 4 },
      { alias: 'Rouhani', language: 'en', script: 'Latn', evidence: 'first seen', mentions: 12 },
      { alias: 'حسن روحاني', language: 'ar', script: 'Arab', evidence: 'similar name', mentions: 1 },
      { alias: 'Hassan Rouhani', language: 'en', script: 'Latn', evidence: 'first seen', mentions: 4 },
    ]);
    expect(groups.map((group) => [group.language, group.script, group.aliases.map((alias) => alias.alias)])).toEqual([
      ['en', 'Latn', ['Rouhani', 'Hassan Rouhani']],
      ['ar', 'Arab', ['روحاني', 'حسن روحاني']],
    ]);
  });
});
