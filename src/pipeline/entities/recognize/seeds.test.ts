/**
 * The five seed articles (../shared/seeds) through the real pipeline: every
 * entity gold.json lists is found in each of its documents with its type, and
 * in the Arabic article each Arabic alias is found as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRawDocuments } from '../../../../bench/lib/read-raw-documents.js';
import { SEEDS_DIR, sharedDataAvailable } from '../../../../test/support/shared-data.js';
import type { EntityMention } from '../../../core/entity.js';
import { foldForMatch } from '../../../lang/match-fold.js';
import { runPipelineBatch } from '../../run-pipeline.js';
import { recognizeEntities } from './index.js';

interface GoldEntity {
  name: string;
  type: string;
  aliases: string[];
  documents: string[];
}

const fold = (text: string): string => foldForMatch(text).replace(/[\s.]+/gu, ' ').trim();

/** A mention stands for an alias when its text or name is the alias or the alias's tail after titles ("Ayatollah Seyyed Ali Khamenei"). */
function standsFor(mention: EntityMention, entity: GoldEntity): boolean {
  const forms = [fold(mention.text), fold(mention.name)];
  return [entity.name, ...entity.aliases].some((alias) => {
    const words = fold(alias).split(' ');
    return words.some((_, i) => forms.includes(words.slice(i).join(' ')));
  });
}

const ARABIC_ALIASES = ['حسن روحاني', 'روحاني', 'فلاديمير بوتين', 'بوتين', 'كاظم جلالي', 'جلالي', 'قره باغ', 'قرة باغ', 'ايران', 'روسيا', 'ارمينيا', 'أرمينيا', 'جمهورية آذربيجان', 'موسكو'];

describe.runIf(sharedDataAvailable('entity recognition on the seeds'))('recognizeEntities on the seed articles', () => {
  const mentions = new Map<string, EntityMention[]>();
  let gold: GoldEntity[] = [];

  beforeAll(async () => {
    gold = (JSON.parse(readFileSync(join(SEEDS_DIR, 'gold.json'), 'utf8')) as { entities: GoldEntity[] }).entities;
    const raws = await readRawDocuments(SEEDS_DIR);
    const keys = [...raws.keys()];
    const results = runPipelineBatch(keys.map((key) => raws.get(key)!));
    results.forEach(({ article }, i) => mentions.set(keys[i]!.slice(0, 3), recognizeEntities(article)));
  });

  it('finds every gold entity in each of its documents, with its type', () => {
    const missing: string[] = [];
    for (const entity of gold) {
      for (const document of entity.documents) {
        const found = (mentions.get(document) ?? []).some((mention) => mention.type === entity.type && standsFor(mention, entity));
        if (!found) missing.push(`${entity.name} (${entity.type}) in ${document}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('finds the Arabic aliases as written in the Arabic article', () => {
    const written = new Set((mentions.get('002') ?? []).map((mention) => fold(mention.text)));
    expect(ARABIC_ALIASES.filter((alias) => !written.has(fold(alias)))).toEqual([]);
  });

  it('gives a surname the full name written elsewhere in the article', () => {
    const rouhani = (mentions.get('000') ?? []).filter((mention) => mention.text === 'Rouhani');
    expect(rouhani.length).toBeGreaterThan(0);
    expect(rouhani.every((mention) => mention.name === 'Hassan Rouhani' && mention.type === 'person')).toBe(true);
    const arabic = (mentions.get('002') ?? []).filter((mention) => fold(mention.text) === fold('روحاني'));
    expect(arabic.every((mention) => fold(mention.name) === fold('حسن روحاني'))).toBe(true);
  });

  it('links an acronym to the long form the article defines', () => {
    const osce = (mentions.get('000') ?? []).find((mention) => mention.text === 'OSCE');
    expect(osce).toMatchObject({ type: 'organization', name: 'Organization for Security and Cooperation in Europe' });
  });

  it('points nationality adjectives to their country', () => {
    const adjectives = (mentions.get('002') ?? []).filter((mention) => mention.demonym);
    expect(adjectives.map((mention) => mention.country)).toEqual(expect.arrayContaining(['IR', 'RU']));
    expect((mentions.get('000') ?? []).find((mention) => mention.text === 'Iranian')).toMatchObject({ demonym: true, country: 'IR', type: 'place' });
  });
});
