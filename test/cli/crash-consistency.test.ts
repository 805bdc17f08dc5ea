import Database from 'better-sqlite3';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom, syntheticArticle } from '../../bench/lib/synthetic-corpus.js';
import { runCli, startCli } from '../support/run-cli.js';

const FILES = 3000;
const BATCH = 50;

function storedCount(dbPath: string): number {
  if (!existsSync(dbPath)) return 0;
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // schema not created yet
  }
}

describe('a kill during ingestion', () => {
  it('leaves the store consistent: whole batches only, and a rerun completes the work', async () => {
    const root = mkdtempSync(join(tmpdir(), 'newsloom-kill-'));
    const corpus = join(root, 'corpus');
    mkdirSync(corpus);
    const random = seededRandom(7);
    for (let i = 0; i < FILES; i += 1) writeFileSync(join(corpus, `a${i}.txt`), syntheticArticle(i, random).text);
    const dataDir = join(root, 'data');
    const dbPath = join(dataDir, 'newsloom.db');

    const child = startCli(['ingest', corpus, '--quiet'], { dataDir, env: { NEWSLOOM_BATCH_SIZE: String(BATCH) } });
    child.stderr?.resume();
    child.stdout?.resume();
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const deadline = Date.now() + 60_000;
    while (storedCount(dbPath) < BATCH * 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;

    const db = new Database(dbPath);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const documents = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    const orphans = (db.prepare('SELECT count(*) AS n FROM documents d LEFT JOIN articles a ON a.document_id = d.id WHERE a.document_id IS NULL').get() as { n: number }).n;
    db.close();
    expect(documents).toBeGreaterThan(0);
    expect(documents).toBeLessThan(FILES);
    expect(documents % BATCH).toBe(0);
    expect(orphans).toBe(0);

    const rerun = runCli(['ingest', corpus, '--json'], { dataDir, env: { NEWSLOOM_BATCH_SIZE: String(BATCH) } });
    expect(JSON.parse(rerun.stdout)).toMatchObject({ new: FILES - documents, unchanged: documents, failed: 0 });
    // Ingests twice through real processes and kills one: minutes on a loaded 2-core machine.
  }, 240_000);
});
