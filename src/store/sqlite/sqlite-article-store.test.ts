import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeStoreContract } from '../test-support/store-contract.js';
import { MIGRATIONS } from './migrations.js';
import { DATABASE_FILE, openSqliteStore } from './sqlite-article-store.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'newsloom-store-'));

describeStoreContract('sqlite', async () => openSqliteStore(freshDir()));

describe('SQLite store specifics', () => {
  it('uses WAL journaling and enforces foreign keys', async () => {
    const dir = freshDir();
    const store = openSqliteStore(dir);
    await store.close();
    const db = new Database(join(dir, DATABASE_FILE));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT max(version) AS v FROM schema_migrations').get()).toEqual({ v: MIGRATIONS.at(-1)?.version });
    db.close();
  });

  it('reopens an existing store without re-applying migrations', async () => {
    const dir = freshDir();
    await openSqliteStore(dir).close();
    const again = openSqliteStore(dir);
    expect((await again.stats()).documents).toBe(0);
    await again.close();
  });

  it('refuses a file that is not a database with a plain STORE_FAILED error', () => {
    const dir = freshDir();
    writeFileSync(join(dir, DATABASE_FILE), 'this is not sqlite '.repeat(100));
    expect(() => openSqliteStore(dir)).toThrow(expect.objectContaining({ code: 'STORE_FAILED' }));
  });

  it('refuses a store written by a newer schema', () => {
    const dir = freshDir();
    const db = new Database(join(dir, DATABASE_FILE));
    db.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL); INSERT INTO schema_migrations VALUES (999, 'future', 'now')");
    db.close();
    expect(() => openSqliteStore(dir)).toThrow(/newer newsloom/);
  });
});
