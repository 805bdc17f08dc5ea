/**
 * Entities on the five seeds against ../shared/seeds/gold.json: ingests the seeds
 * into a fresh store through the real ingestion service, then checks that every
 * gold entity is found in each listed document, that all its aliases (English and
 * Arabic) sit under one stored entity, and that no stored entity mixes two gold entities.
 *
 *   node --import tsx bench/seed-entities.ts
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/core/config.js';
import { foldForMatch } from '../src/lang/match-fold.js';
import { ingestInputs } from '../src/services/ingest-service.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-article-store.js';
import { writeResult } from './lib/write-result.js';

interface GoldEntity {
  name: string;
  type: string;
  aliases: string[];
  documents: string[];
}

export interface SeedEntityScore {
  entities: number;
  found: number;
  foundPairs: number;
  pairs: number;
  grouped: number;
  falseMerges: string[];
  problems: string[];
}

const fold = (text: string) => foldForMatch(text).replace(/[\s.]+/g, ' ').trim();

/** An alias is held when stored as written or as its tail without leading titles ("President Rouhani" → "Rouhani"). */
function holds(aliases: Set<string>, alias: string): boolean {
  const words = fold(alias).split(' ');
  for (let i = 0; i < words.length; i += 1) if (aliases.has(words.slice(i).join(' ')) && (i === 0 || words.length - i >= 1)) return true;
  return false;
}

export async function scoreSeedEntities(seedsDir: string): Promise<SeedEntityScore> {
  const gold = JSON.parse(readFileSync(join(seedsDir, 'gold.json'), 'utf8')) as { entities: GoldEntity[] };
  const config = loadConfig({ dataDir: mkdtempSync(join(tmpdir(), 'newsloom-seed-entities-')) });
  const store = openSqliteStore(config.dataDir);
  try {
    await ingestInputs(store, [seedsDir], { config, fetcher: { fetch: () => Promise.reject(new Error('offline')) } });
    const summaries = await store.listEntities({});
    const details = await Promise.all(summaries.map((s) => store.getEntity(s.id)));
    const stored = details.filter((d) => d !== null).map((d) => ({
      id: d.id,
      name: d.name,
      type: d.type,
      aliases: new Set(d.aliases.map((a) => fold(a.alias))),
      sources: new Set<string>(),
      documents: d.articles.map((a) => a.id),
    }));
    const articles = await store.listArticles({});
    const sourceOf = new Map(articles.map((a) => [a.id, a.source.split('/').at(-1)?.slice(0, 3) ?? '']));
    for (const entity of stored) for (const id of entity.documents) entity.sources.add(sourceOf.get(id) ?? '');

    const score: SeedEntityScore = { entities: gold.entities.length, found: 0, foundPairs: 0, pairs: 0, grouped: 0, falseMerges: [], problems: [] };
    const owner = new Map<string, string>();
    for (const entity of gold.entities) {
      const holders = stored.filter((s) => s.type === entity.type && entity.aliases.some((alias) => holds(s.aliases, alias)));
      const main = holders.sort((a, b) => b.aliases.size - a.aliases.size)[0];
      for (const holder of holders) {
        const previous = owner.get(holder.id);
        if (previous && previous !== entity.name) score.falseMerges.push(`${holder.name} holds aliases of ${previous} and ${entity.name}`);
        owner.set(holder.id, entity.name);
      }
      if (!main) {
        score.problems.push(`${entity.name}: not found`);
        score.pairs += entity.documents.length;
        continue;
      }
      score.found += 1;
      const missingAliases = entity.aliases.filter((alias) => !holds(main.aliases, alias));
      if (missingAliases.length === 0) score.grouped += 1;
      else score.problems.push(`${entity.name}: aliases not under ${main.id}: ${missingAliases.join(', ')}`);
      for (const document of entity.documents) {
        score.pairs += 1;
        if (holders.some((holder) => holder.sources.has(document))) score.foundPairs += 1;
        else score.problems.push(`${entity.name}: not found in ${document}`);
      }
    }
    return score;
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const seeds = fileURLToPath(new URL('../../shared/seeds', import.meta.url));
  const score = await scoreSeedEntities(seeds);
  console.log(`seed entities: ${score.found}/${score.entities} found, ${score.grouped}/${score.entities} with every alias under one entity, ${score.foundPairs}/${score.pairs} entity–document pairs, ${score.falseMerges.length} false merges`);
  for (const problem of [...score.problems, ...score.falseMerges]) console.log(`  ✗ ${problem}`);
  writeResult('seed-entities', { ...score });
}
