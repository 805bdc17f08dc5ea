import type Database from 'better-sqlite3';
import { NewsloomError } from '../../core/errors.js';
import { MIGRATIONS } from './migrations.js';

/** Applies every migration newer than the store's schema, each in its own transaction. */
export function applyMigrations(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const current = db.prepare<[], { v: number | null }>('SELECT max(version) AS v FROM schema_migrations').get()?.v ?? 0;
  const known = MIGRATIONS.at(-1)?.version ?? 0;
  if (current > known) {
    throw new NewsloomError('STORE_FAILED', `the store was written by a newer newsloom (schema ${current}, this version knows ${known}); upgrade newsloom`);
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of MIGRATIONS.filter((m) => m.version > current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
}
