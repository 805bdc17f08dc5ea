/**
 * Versioned schema migrations, applied in order inside one transaction each.
 * SQL is kept portable (no SQLite-only types beyond BLOB, which PostgreSQL's
 * driver maps to BYTEA), so the PostgreSQL driver can mirror it.
 * Never edit a released migration: add a new one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents and articles',
    sql: `
      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        url TEXT,
        source TEXT NOT NULL,
        origin_kind TEXT NOT NULL,
        locator TEXT,
        content_type TEXT NOT NULL,
        declared_charset TEXT,
        fetched_at TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        hints TEXT NOT NULL,
        byte_length INTEGER NOT NULL,
        bytes BLOB NOT NULL,
        previous_version_id TEXT REFERENCES documents(id)
      );
      CREATE INDEX documents_url ON documents(url);
      CREATE INDEX documents_content_hash ON documents(content_hash);
      CREATE INDEX documents_previous_version ON documents(previous_version_id);

      CREATE TABLE articles (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        pipeline_version INTEGER NOT NULL,
        charset TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        url TEXT,
        title TEXT,
        language TEXT,
        published TEXT,
        published_precision TEXT,
        published_method TEXT,
        publisher TEXT,
        credit TEXT,
        author TEXT,
        body TEXT NOT NULL
      );
      CREATE INDEX articles_language ON articles(language);
      CREATE INDEX articles_published ON articles(published);
    `,
  },
  {
    version: 2,
    name: 'site line counts for boilerplate learning',
    sql: `
      CREATE TABLE site_lines (
        site TEXT NOT NULL,
        line_key TEXT NOT NULL,
        documents INTEGER NOT NULL,
        PRIMARY KEY (site, line_key)
      );
    `,
  },
  {
    version: 3,
    name: 'entities, aliases, lookup keys and mentions',
    sql: `
      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        place_id TEXT,
        country TEXT
      );
      CREATE TABLE entity_aliases (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        language TEXT,
        script TEXT NOT NULL,
        evidence TEXT NOT NULL,
        PRIMARY KEY (entity_id, alias)
      );
      CREATE TABLE entity_keys (
        key TEXT NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        PRIMARY KEY (key, entity_id)
      );
      CREATE TABLE mentions (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        evidence TEXT NOT NULL,
        PRIMARY KEY (document_id, start_offset)
      );
      CREATE INDEX mentions_entity ON mentions(entity_id);
    `,
  },
  {
    version: 4,
    name: 'stories, threads, duplicates and the clustering index',
    sql: `
      CREATE TABLE stories (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        thread_id TEXT NOT NULL,
        articles INTEGER NOT NULL,
        originals INTEGER NOT NULL,
        first_ms BIGINT,
        last_ms BIGINT,
        profile TEXT NOT NULL
      );
      CREATE INDEX stories_thread ON stories(thread_id);
      CREATE INDEX stories_last ON stories(last_ms);
      CREATE TABLE story_keys (
        key TEXT NOT NULL,
        story_seq INTEGER NOT NULL REFERENCES stories(seq) ON DELETE CASCADE,
        PRIMARY KEY (key, story_seq)
      );
      CREATE INDEX story_keys_story ON story_keys(story_seq);
      CREATE TABLE story_members (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        score REAL NOT NULL,
        evidence TEXT NOT NULL,
        joined_seq INTEGER NOT NULL
      );
      CREATE INDEX story_members_story ON story_members(story_id);
      CREATE TABLE cluster_key_counts (
        key TEXT PRIMARY KEY,
        documents INTEGER NOT NULL
      );
      CREATE TABLE cluster_totals (
        name TEXT PRIMARY KEY,
        value BIGINT NOT NULL
      );
      CREATE TABLE duplicate_bands (
        band_key TEXT NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, document_id)
      );
      CREATE INDEX duplicate_bands_document ON duplicate_bands(document_id);
      CREATE TABLE duplicates (
        document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        origin_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        relation TEXT NOT NULL,
        jaccard REAL NOT NULL,
        evidence TEXT NOT NULL
      );
      CREATE INDEX duplicates_origin ON duplicates(origin_id);
    `,
  },
  {
    version: 5,
    name: 'index on the order stories were joined',
    sql: `
      CREATE INDEX story_members_joined ON story_members(joined_seq);
    `,
  },
  {
    version: 6,
    name: 'full-text search index over folded titles and clean text',
    // SQLite-only by nature (FTS5): a PostgreSQL driver builds its own index of the same folded text.
    // Contentless: the index holds no copy of the text (snippets are cut from the stored article).
    // The newsloom_search_* functions are registered on the connection (search-queries.ts): they fold
    // existing articles the way ingestion folds new ones, so the index is complete once this commits.
    sql: `
      CREATE VIRTUAL TABLE article_search USING fts5(title, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO article_search (rowid, title, body)
        SELECT d.seq, newsloom_search_title(a.title), newsloom_search_body(a.body) FROM documents d JOIN articles a ON a.document_id = d.id;
    `,
  },
  {
    version: 7,
    name: 'events and quotes per article',
    sql: `
      CREATE TABLE events (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        type TEXT NOT NULL,
        event_date TEXT,
        payload TEXT NOT NULL,
        PRIMARY KEY (document_id, seq)
      );
      CREATE INDEX events_type ON events(type);
      CREATE INDEX events_date ON events(event_date);
      CREATE TABLE event_parties (
        document_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        entity_id TEXT NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (document_id, seq, entity_id, role),
        FOREIGN KEY (document_id, seq) REFERENCES events(document_id, seq) ON DELETE CASCADE
      );
      CREATE INDEX event_parties_entity ON event_parties(entity_id);
      CREATE TABLE quotes (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        speaker_entity_id TEXT,
        payload TEXT NOT NULL,
        PRIMARY KEY (document_id, seq)
      );
      CREATE INDEX quotes_speaker ON quotes(speaker_entity_id);
    `,
  },
];
