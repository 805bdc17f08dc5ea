import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../services/prepare-document.js';
import { makeRawDocument } from '../../test-support/make-raw-document.js';
import { describeStoreContract } from '../test-support/store-contract.js';
import { articleColumns } from './article-rows.js';
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

  it('builds the search index for articles stored before the index existed (migration 6)', async () => {
    const dir = freshDir();
    // A store at schema 5 holding one article, written as that schema's code wrote it.
    const db = new Database(join(dir, DATABASE_FILE));
    db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    for (const migration of MIGRATIONS.filter((m) => m.version <= 5)) {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(migration.version, migration.name, 'then');
    }
    const arabic = prepareDocument(makeRawDocument('أجرى الرئيس الإيراني حسن روحاني اتصالا هاتفيا مع نظيره الروسي فلاديمير بوتين.'));
    db.prepare(
      `INSERT INTO documents (id, content_hash, url, source, origin_kind, content_type, fetched_at, ingested_at, hints, byte_length, bytes)
       VALUES (?, ?, NULL, 'ar/a.txt', 'file', 'text/plain', 'then', 'then', '{}', ?, ?)`,
    ).run(arabic.id, arabic.contentHash, arabic.raw.bytes.length, Buffer.from(arabic.raw.bytes));
    db.prepare(
      `INSERT INTO articles (document_id, pipeline_version, charset, text_hash, url, title, language, published, published_precision, published_method, publisher, credit, author, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(arabic.id, arabic.pipelineVersion, arabic.charset, arabic.textHash, ...articleColumns(arabic.article));
    db.close();
    const store = openSqliteStore(dir);
    expect((await store.searchArticles({ text: 'روحانی', limit: 5 })).map((hit) => hit.documentId)).toEqual([arabic.id]);
    await store.close();
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
