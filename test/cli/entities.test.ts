import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, STACK_TRACE } from '../support/run-cli.js';
import { SEEDS_DIR, sharedDataAvailable } from '../support/shared-data.js';

describe.runIf(sharedDataAvailable('the entity CLI test'))('newsloom entities and entity', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'newsloom-entities-'));

  it('lists entities after ingestion, searchable in any script', () => {
    expect(runCli(['ingest', relative(REPO_ROOT, SEEDS_DIR), '--quiet'], { dataDir }).status).toBe(0);
    const all = JSON.parse(runCli(['entities', '--json'], { dataDir }).stdout);
    expect(all.entities.length).toBeGreaterThan(10);
    const arabic = JSON.parse(runCli(['entities', 'روحاني', '--json'], { dataDir }).stdout);
    expect(arabic.entities[0]).toMatchObject({ type: 'person', name: 'Hassan Rouhani' });
    const places = JSON.parse(runCli(['entities', '--type', 'place', '--json'], { dataDir }).stdout);
    expect(places.entities.every((e: { type: string }) => e.type === 'place')).toBe(true);
  });

  it('shows one entity with aliases across scripts, its articles and co-occurring entities', () => {
    const result = runCli(['entity', 'Rouhani', '--json'], { dataDir });
    expect(result.status).toBe(0);
    const rouhani = JSON.parse(result.stdout);
    const aliases = rouhani.aliases.map((a: { alias: string }) => a.alias);
    expect(aliases).toEqual(expect.arrayContaining(['Hassan Rouhani', 'حسن روحاني']));
    expect(rouhani.aliases.every((a: { evidence: string }) => a.evidence.length > 0)).toBe(true);
    expect(rouhani.articles.length).toBe(4);
    expect(rouhani.coOccurring.map((c: { name: string }) => c.name)).toContain('Vladimir Putin');
    const human = runCli(['entity', 'بوتين'], { dataDir });
    expect(human.stdout).toContain('Vladimir Putin');
    expect(human.stdout).toContain('Aliases:');
  });

  it('reports an unknown entity and a bad type plainly', () => {
    const missing = runCli(['entity', 'Nobody Atall'], { dataDir });
    expect(missing.status).toBe(4);
    expect(missing.stderr).toContain('no entity called');
    const badType = runCli(['entities', '--type', 'planet'], { dataDir });
    expect(badType.status).toBe(2);
    for (const result of [missing, badType]) expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
